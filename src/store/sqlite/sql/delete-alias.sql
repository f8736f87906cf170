DELETE FROM person_alias WHERE alias = :alias
