-- Certificates as an officer would sign them: "Ông" or "Bà" by the recipient's gender, and the signer's name under
-- the signer's title.

-- The recipient's gender as the approval's nominee gives it (MALE or FEMALE). Null when the nomination did not say, for
-- a collective, and for awards drafted before V12: the certificate then says "Ông/Bà".
alter table award
    add column recipient_gender varchar(10),
    add constraint award_recipient_gender check (recipient_gender in ('MALE', 'FEMALE'));

-- The full name of the person who signs the issuer's decisions, printed under the signer's title on its
-- certificates; optional (null for the seeded issuers until one is recorded).
alter table decision_issuer add column signer_name varchar(200);
