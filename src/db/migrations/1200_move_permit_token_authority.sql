-- 准予迁入证明 (issue 17): the public verification's key is a random token carried by the QR code — permit numbers
-- follow a format a visitor could try one by one — and the permit names the authority that approved it (the county
-- bureau when the county approved). Permits issued before this get a token when next printed; their authority was
-- not recorded (null: printed as the city bureau, as before).
alter table move_permit add column verify_token text;
alter table move_permit add column issuing_authority text;
create unique index move_permit_verify_token on move_permit (verify_token);
