package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.UUID;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.DecisionIssuer;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer prints the certificate of a granted award: a Bằng khen (certificate of merit), a Giấy khen (certificate
 * of commendation) or the recognition of a title, with the decision's number and date. Drafts have none yet, a
 * revoked award's certificate is void, and a form decided above the province has its certificate issued there.
 */
@ApplicationScoped
public class CertificatePrinting {

    public record Certificate(String fileName, byte[] pdf) {}

    private final AwardConfig config;

    public CertificatePrinting(AwardConfig config) {
        this.config = config;
    }

    /** Whether the province prints the certificate of a granted award: not for a form decided above it. */
    public boolean printedHere(Award award) {
        AwardType type = AwardType.findById(award.awardCode);
        return award.status == AwardStatus.GRANTED && type != null && type.decidedAbove == null;
    }

    public Certificate of(UUID awardId) {
        Award award = Award.<Award>findByIdOptional(awardId)
                .orElseThrow(() -> ProblemException.notFound("award", "khen thưởng", awardId));
        if (award.status == AwardStatus.REVOKED) {
            throw ProblemException.conflict(
                    "award-revoked",
                    "award " + awardId + " was revoked on " + award.revokedAt
                            + "; its certificate is void and is not printed",
                    "Khen thưởng " + awardId + " đã bị thu hồi ngày " + award.revokedAt
                            + "; bằng, giấy khen không còn giá trị và không được in.");
        }
        if (award.status != AwardStatus.GRANTED) {
            throw ProblemException.conflict(
                    "award-not-granted",
                    "award " + awardId + " is " + award.status
                            + "; a certificate is printed once its decision is signed",
                    "Khen thưởng " + awardId + " " + AwardStatusInVietnamese.of(award.status)
                            + "; bằng, giấy khen chỉ được in sau khi ký quyết định khen thưởng.");
        }
        AwardType type = AwardType.findById(award.awardCode);
        if (type.decidedAbove != null) {
            // the certificate goes with the higher decision and is issued above (assumed: the office of the President
            // or of the Government); a copy printed here under the province's place would pass for a provincial one
            throw ProblemException.conflict(
                    "certificate-issued-above",
                    "award " + awardId + " (" + type.code + ") was granted by " + award.decisionNumber + " of "
                            + type.decidedAbove.nameVi() + "; its certificate is issued with that decision, above the"
                            + " province, which hands it over and does not print one of its own",
                    type.nameVi + " được tặng theo Quyết định số " + award.decisionNumber + " của "
                            + type.decidedAbove.nameVi() + "; bằng do cấp trên cấp kèm quyết định, tỉnh tổ chức trao,"
                            + " không in bằng của tỉnh.");
        }
        AwardDecision decision = AwardDecision.findById(award.decisionId);
        DecisionIssuer issuer = DecisionIssuer.findById(decision.issuer);
        String kind = switch (type.certificateKind) {
            case MERIT -> "bang-khen";
            case COMMENDATION -> "giay-khen";
            case TITLE -> "danh-hieu";
        };
        return new Certificate(
                kind + "-" + fileNamePart(award.decisionNumber) + "-" + award.id + ".pdf",
                CertificateDocument.render(CertificateDocument.lines(
                        award,
                        type,
                        decision,
                        issuer == null ? decision.signer : issuer.nameVi,
                        config.certificatePlace(),
                        issuer == null ? null : issuer.signerName)));
    }

    /**
     * The text in the letters a file name keeps everywhere: Vietnamese letters without their marks, Đ and đ (letters
     * of their own, which decomposing leaves whole) as D and d, anything else a hyphen: "4/QĐ-UBND" → "4-QD-UBND".
     */
    static String fileNamePart(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            ascii.append(c == 'Đ' ? 'D' : c == 'đ' ? 'd' : c);
        }
        return ascii.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
