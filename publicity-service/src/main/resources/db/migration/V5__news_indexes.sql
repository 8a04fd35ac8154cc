-- public news pages list published stories only, newest first, optionally by sector or level; the honour roll
-- counts them. The status comes before the publication time, so that a bound status parameter can use them.
create index feature_news on feature (status, published_at desc, id);
create index feature_news_sector on feature (sector, status, published_at desc, id);
create index feature_news_level on feature (level, status, published_at desc, id);
