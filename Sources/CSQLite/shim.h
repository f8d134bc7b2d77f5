// The system SQLite library (libsqlite3-dev on Debian and Ubuntu), for the history store.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import: binding with
// it makes SQLite copy the text before the call returns.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }
