"""REST client for the Smart API (requests). Filled by the sync-engine issue."""
