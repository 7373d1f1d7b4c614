"""REST client for the Smart API (requests): client.py (endpoints), config.py (server URL
rules), transport.py (session, timeouts, TLS, error mapping), wire.py (answer shapes)."""
