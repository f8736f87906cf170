DELETE FROM merge_log WHERE alias = :alias
