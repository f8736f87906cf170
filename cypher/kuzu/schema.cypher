// Kùzu declares every table up front; the model is the one in docs/model.md.
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, url STRING, title STRING, publisher STRING, publishedAt STRING, contentHash STRING, file STRING, province STRING);
CREATE NODE TABLE IF NOT EXISTS Locality(id STRING PRIMARY KEY, name STRING, folded STRING, level STRING, province STRING, validFrom STRING, validTo STRING);
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING PRIMARY KEY, name STRING, folded STRING, kind STRING, level STRING, branch STRING, lexiconId STRING, province STRING, provinceKey STRING);
CREATE NODE TABLE IF NOT EXISTS Position(id STRING PRIMARY KEY, title STRING, folded STRING);
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, name STRING, folded STRING, gender STRING, province STRING, provinceKey STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING PRIMARY KEY, date STRING, partOfDay STRING, kind STRING, title STRING, folded STRING, province STRING, provinceKey STRING);
CREATE NODE TABLE IF NOT EXISTS Directive(id STRING PRIMARY KEY, kind STRING, number STRING, folded STRING, issuerText STRING, date STRING, title STRING);
CREATE REL TABLE IF NOT EXISTS HOLDS(FROM Person TO Position, status STRING, statuses STRING[], sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS `IN`(FROM Position TO Organization, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Organization TO Organization, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS LOCATED_IN(FROM Organization TO Locality, FROM Meeting TO Locality, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS CHAIRED(FROM Person TO Meeting, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Meeting, spoke BOOLEAN, reported BOOLEAN, concluded BOOLEAN, directed BOOLEAN, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS TOOK_PART(FROM Organization TO Meeting, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS REFERENCES(FROM Meeting TO Directive, FROM Article TO Directive, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS ISSUED_BY(FROM Directive TO Organization, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Meeting TO Article, sources STRING[], quotes STRING[], dates STRING[], firstSeen STRING, lastSeen STRING);
