package vn.vinhdanh.award.domain;

/** What an award type's printed certificate is. */
public enum CertificateKind {
    /** Bằng khen: certificate of merit. */
    MERIT,
    /** Giấy khen: certificate of commendation. */
    COMMENDATION,
    /** An emulation title (danh hiệu thi đua): a certificate recognising the title. */
    TITLE
}
