// Uniqueness makes MERGE safe when two ingests run at once; text indexes serve the folded
// (diacritic- and case-free) CONTAINS lookups of search and filters.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE TEXT INDEX person_folded IF NOT EXISTS FOR (n:Person) ON (n.folded);
CREATE TEXT INDEX organization_folded IF NOT EXISTS FOR (n:Organization) ON (n.folded);
CREATE TEXT INDEX meeting_folded IF NOT EXISTS FOR (n:Meeting) ON (n.folded);
CREATE TEXT INDEX directive_folded IF NOT EXISTS FOR (n:Directive) ON (n.folded);
CREATE INDEX position_folded IF NOT EXISTS FOR (n:Position) ON (n.folded);
CREATE INDEX person_province IF NOT EXISTS FOR (n:Person) ON (n.provinceKey);
CREATE INDEX organization_province IF NOT EXISTS FOR (n:Organization) ON (n.provinceKey);
CREATE INDEX meeting_province_date IF NOT EXISTS FOR (n:Meeting) ON (n.provinceKey, n.date);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE INDEX merge_review_pair IF NOT EXISTS FOR (n:MergeReview) ON (n.a, n.b);
CREATE CONSTRAINT merge_log_alias IF NOT EXISTS FOR (n:MergeLog) REQUIRE n.alias IS UNIQUE;
