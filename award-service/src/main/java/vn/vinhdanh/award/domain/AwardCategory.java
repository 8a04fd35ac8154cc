package vn.vinhdanh.award.domain;

/**
 * What the Law on emulation and commendation makes of a catalogue type: an emulation title or a form of commendation.
 * Several titles for one achievement are paid only the highest amount; a title and a form are both paid.
 */
public enum AwardCategory {
    /** Danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua, Tập thể lao động xuất sắc, Cờ thi đua, … */
    EMULATION_TITLE,
    /** Hình thức khen thưởng: Huân chương, danh hiệu vinh dự nhà nước, Bằng khen, Giấy khen, … */
    COMMENDATION_FORM
}
