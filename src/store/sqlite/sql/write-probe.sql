-- probeWrite: a write inside a transaction that is always rolled back.
INSERT INTO merge_review (a, b, decision, decided_at) VALUES ('readyz', 'readyz', 'UNDECIDED', '')
