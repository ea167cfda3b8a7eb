-- Cash at a store for DEMO-DOC (receive code 7310, a flat $6.95 walk-in fee as Virginia's table) and phone
-- deposits through support at a higher fee than online. The partner DEMO-RETAIL and its secret are registered at
-- start-up (DemoRetailPartner), since its secret is stored encrypted with the instance's key.
insert into deposits.receive_code (agency_id, receive_code) values
    ('d645e428-54c2-5ccf-81dd-5316da657781', '7310');

insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'LOBBY', 30000, 695),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'PHONE', 2000, 595),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'PHONE', 10000, 795),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'PHONE', 20000, 995),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'PHONE', 30000, 1295);
