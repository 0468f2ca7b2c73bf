#pragma once

// SQLite's declarations with those of its session extension (sqlite3session_*,
// sqlite3changeset_*), which Debian's libsqlite3 is built with, as is its pre-update hook.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>
