package vn.vinhdanh.events;

/**
 * Who a nomination or an award is for: a person, a collective (an agency, a unit, a village), or a household (<i>hộ gia
 * đình</i>, e.g. for <i>Gia đình văn hóa</i>), which the 2022 Law on Emulation and Commendation names as a recipient of its
 * own. Events carry the kind by name, so a new kind is appended.
 */
public enum NomineeKind {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
}
