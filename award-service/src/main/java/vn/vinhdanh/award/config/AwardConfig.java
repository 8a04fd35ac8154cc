package vn.vinhdanh.award.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.vinhdanh.award.domain.Rounding;

@ConfigMapping(prefix = "vinhdanh.award")
public interface AwardConfig {

    /** Issuer part of decision numbers: "123/QĐ-UBND". */
    @WithDefault("QĐ-UBND")
    String decisionIssuer();

    /** The fund a decision pays from when it names none: the provincial emulation and commendation fund. */
    @WithDefault("QTDKT-TINH")
    String defaultFund();

    /** The place printed before the date on certificates ("Lào Cai, ngày … tháng … năm …"). */
    @WithDefault("Lào Cai")
    String certificatePlace();

    /** Chiến sĩ thi đua cơ sở per unit and year: at most this percentage of its Lao động tiên tiến. */
    @WithDefault("15")
    int cstdCoSoQuotaPercent();

    RoundingConfig rounding();

    interface RoundingConfig {
        @WithDefault("UP")
        Rounding.Mode mode();

        @WithDefault("10000")
        long unitVnd();
    }
}
