// The system zlib (zlib1g-dev on Debian and Ubuntu), for inflating the entries of an Excel workbook.
#include <zlib.h>

// inflateInit2 is a macro, which Swift cannot import: initialise a raw inflate stream (no zlib header,
// as ZIP entries are stored) through the function the macro calls.
static inline int czlib_inflate_init_raw(z_streamp stream) {
    return inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, (int)sizeof(z_stream));
}
