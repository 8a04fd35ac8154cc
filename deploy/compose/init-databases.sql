-- One database and one owner per service, as in Kubernetes (one CloudNativePG Cluster each). Runs once, when the
-- PostgreSQL volume is empty. Local passwords only: never reuse them.
CREATE ROLE nomination LOGIN PASSWORD 'nomination';
CREATE ROLE review LOGIN PASSWORD 'review';
CREATE ROLE award LOGIN PASSWORD 'award';
CREATE ROLE publicity LOGIN PASSWORD 'publicity';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE vinhdanh_nomination OWNER nomination;
CREATE DATABASE vinhdanh_review OWNER review;
CREATE DATABASE vinhdanh_award OWNER award;
CREATE DATABASE vinhdanh_publicity OWNER publicity;
CREATE DATABASE vinhdanh_keycloak OWNER keycloak;
