"""Dumps: a database as SQL text and back (VibeSQL's dumps, ``sqlite3 .dump``'s, plain scripts).

Reading is all or nothing and names ``path:line:column`` on error; writing is atomic. The top
layer below the connection: it runs statements through `engine.statements`.
"""
