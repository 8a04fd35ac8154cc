package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.DecisionIssuer;
import vn.vinhdanh.problem.ProblemException;

/** An officer registers an issuer of decisions, e.g. a department head's "QĐ-SGDĐT". */
@ApplicationScoped
public class IssuerRegistration {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public IssuerRegistration(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DecisionIssuer register(RegisterIssuer command) {
        String code = command.code();
        String nameVi = command.nameVi().strip();
        String signerName = command.signerName() == null || command.signerName().isBlank()
                ? null
                : command.signerName().strip();
        if (command.authority().isAboveTheProvince()) {
            // the province records the President's and the Prime Minister's decisions on its upward proposals; it
            // registers no issuer to sign for them
            throw ProblemException.invalidField(
                    "authority",
                    command.authority() + " decides above the province; the province only proposes its forms (upward"
                            + " proposals)",
                    command.authority().nameVi() + " quyết định khen thưởng ở cấp trên; tỉnh chỉ trình đề nghị khen"
                            + " thưởng.");
        }
        if (DecisionIssuer.findById(code) != null) {
            throw ProblemException.conflict(
                    "issuer-exists",
                    "the issuer " + code + " is already registered",
                    "Người có thẩm quyền ký " + code + " đã được đăng ký.");
        }
        DecisionIssuer issuer = new DecisionIssuer();
        issuer.code = code;
        issuer.authority = command.authority();
        issuer.nameVi = nameVi;
        issuer.signerName = signerName;
        issuer.createdAt = Instant.now(clock);
        issuer.createdBy = caller.label();
        issuer.persist();
        audit.record(
                "issuer.register",
                "issuer",
                code,
                command.authority() + ": " + nameVi + (signerName == null ? "" : ", signed by " + signerName));
        return issuer;
    }
}
