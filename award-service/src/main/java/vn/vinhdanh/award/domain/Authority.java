package vn.vinhdanh.award.domain;

import java.util.List;
import vn.vinhdanh.events.Level;

/**
 * Whom a decision's issuer acts for (Law on Emulation and Commendation 2022, Art. 79–80), and at which nomination
 * levels its titles are proposed: a nomination's level names the council that reviews it, whose approval goes to the
 * authority of that level (the province also proposes the Prime Minister's forms).
 */
public enum Authority {
    /** Chủ tịch nước: the orders and state honorary titles, which the province proposes (upward proposals). */
    PRESIDENT("Chủ tịch nước", List.of(Level.PROVINCE)),
    /** Thủ tướng Chính phủ: Chiến sĩ thi đua toàn quốc, his Bằng khen, the Government's Cờ thi đua; proposed upward too. */
    PRIME_MINISTER("Thủ tướng Chính phủ", List.of(Level.PROVINCE)),
    PROVINCE_CHAIRMAN("Chủ tịch Ủy ban nhân dân tỉnh", List.of(Level.PROVINCE)),
    /** Chủ tịch UBND cấp huyện: only until 30 June 2025. */
    DISTRICT_CHAIRMAN("Chủ tịch Ủy ban nhân dân cấp huyện", List.of(Level.DISTRICT)),
    COMMUNE_CHAIRMAN("Chủ tịch Ủy ban nhân dân cấp xã", List.of(Level.COMMUNE)),
    /** Heads of agencies and units with legal personality, and enterprises. */
    UNIT_HEAD("Thủ trưởng cơ quan, đơn vị, doanh nghiệp", List.of(Level.DEPARTMENT, Level.ENTERPRISE));

    private final String nameVi;
    private final List<Level> levels;

    Authority(String nameVi, List<Level> levels) {
        this.nameVi = nameVi;
        this.levels = levels;
    }

    public String nameVi() {
        return nameVi;
    }

    /**
     * The President and the Prime Minister decide above the province: the province proposes their forms (upward
     * proposals) and records their decisions, it never signs for them.
     */
    public boolean isAboveTheProvince() {
        return this == PRESIDENT || this == PRIME_MINISTER;
    }

    /** The nomination levels whose approvals this authority decides. */
    public List<Level> levels() {
        return levels;
    }
}
