#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>

/// `sqlite3_db_config` is variadic, which Swift cannot call: closing `db` will not checkpoint its WAL first.
static inline int leadiq_sqlite3_skip_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

static int leadiq_sqlite3_record_wal_frames(void *frames, sqlite3 *db, const char *name, int count) {
    (void)db;
    (void)name;
    *(int *)frames = count;
    return SQLITE_OK;
}

/// Keeps the WAL's length in frames in `*frames` after every commit. The hook takes the place of SQLite's automatic
/// checkpoint, which would run in the committing thread.
static inline void leadiq_sqlite3_record_wal_frames_in(sqlite3 *db, int *frames) {
    sqlite3_wal_hook(db, leadiq_sqlite3_record_wal_frames, frames);
}
#endif
