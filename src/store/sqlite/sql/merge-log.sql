SELECT alias, kept, snapshot FROM merge_log WHERE alias = :alias
