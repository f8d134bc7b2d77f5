"""Decode excerpts of NHSRplotthedots' serialized test snapshot
(tests/testthat/_snaps/integration_tests.md, commit 0c096d813e16e4fe606c37eb70020e74a5dcbbe8).

The snapshot is base64 of R's XDR serialization of the ptd_spc() result. The first column (y, the
values) starts at byte 22 of the stream, so the first lines of each snapshot decode to the values.
Columns that hold one repeated double (mean, lpl, upl) are recovered from any 32-character run of
the repeated pattern (three copies of the 8-byte double at some byte offset).
"""
import base64, re, struct, sys, json

def values_from_head(head_lines, count):
    raw = base64.b64decode("".join(head_lines.split()))
    assert raw[:2] == b"X\n"
    body = raw[14:]
    sexp, length = struct.unpack(">II", body[0:8])      # VECSXP of columns
    assert sexp & 0xFF == 19, hex(sexp)
    sexp, length = struct.unpack(">II", body[8:16])     # REALSXP y
    assert sexp & 0xFF == 14 and length == count, (hex(sexp), length)
    return list(struct.unpack(">%dd" % count, body[16:16 + 8 * count]))

def repeated_double(pattern32, low, high):
    """The one phase of the periodic 8-byte pattern that reads as a double in [low, high]."""
    raw = base64.b64decode(pattern32)
    found = set()
    for shift in range(8):
        chunk = raw[shift:shift + 8]
        if len(chunk) == 8 and raw[shift + 8:shift + 16] == chunk:
            value = struct.unpack(">d", chunk)[0]
            if low <= value <= high:
                found.add(value)
    if len(found) != 1:
        raise ValueError((pattern32, found))
    return found.pop()

def strings(lines):
    raw = base64.b64decode("".join(lines.split()))
    return re.findall(rb"(common_cause|special_cause_[a-z_]+)", raw)

# --- excerpts, whole 72-character lines copied from the snapshot (so base64 quanta stay aligned) ---

ATTENDANCES_HEAD = """
WAoAAAACAAQBAQACAwAAAAMTAAAAEAAAAA4AAAAkQTyABQAAAABBP5dEAAAAAEE945IAAAAA
QT+5OgAAAABBPX5lAAAAAEE9ytAAAAAAQT6LmAAAAABBPRyfAAAAAEE9q/cAAAAAQTzraAAA
AABBOnvDAAAAAEE+wloAAAAAQT3AQgAAAABBP4llAAAAAEE+bUgAAAAAQT+lWAAAAABBPV43
AAAAAEE9Y0kAAAAAQT8w6QAAAABBPiqLAAAAAEE+k/IAAAAAQT6E1gAAAABBO8VsAAAAAEE/
RvkAAAAAQT5HcQAAAABBQIN1AAAAAEE/83YAAAAAQUChnAAAAABBPnweAAAAAEE+mr8AAAAA
QT+7BAAAAABBPxhXAAAAAEE/Ph4AAAAAQUAfwoAAAABBPdSDAAAAAEFAiX8AAAAAAAADDgAA
"""
ATTENDANCES = {"mean": "ckE+hprxxxxyQT6GmvHHHHJBPoaa8ccc",
               "lpl": "Om0EXUw7KkE6bQRdTDsqQTptBF1MOypB",
               "upl": "3UFBUBjDIP7dQUFQGMMg/t1BQVAYwyD+"}
REBASE = {"mean1": "q0E9tOpqqqqrQT206mqqqqtBPbTqaqqq", "mean2": "czVVVVVBPu9zNVVVVUE+73M1VVVVQT7v",
          "lpl1": "C1/2EgBBOQYLX/YSAEE5Bgtf9hIAQTkG", "lpl2": "rUE7DXkQYVqtQTsNeRBhWq1BOw15EGFa",
          "upl1": "QTHkuq+hq0FBMeS6r6GrQUEx5LqvoatB", "upl2": "JKf/QUFotq0kp/9BQWi2rSSn/0FBaLat"}

PERFORMANCE_HEAD = """
WAoAAAACAAQBAQACAwAAAAMTAAAAEAAAAA4AAAAkP+zPrXjCILY/7ONfrso0DT/s+quu1Glt
P+zkKuGWzbc/7RzHf5peRD/tAd+WiUnNP+x/OqdX/tA/7EgCuSyf2z/rk4iRC+ZvP+s+x1bv
qr8/7AKIGl8V7T/szZPrxwKKP+z3Am5MWuc/7LRAt78KfD/tCDUJd+jOP+zpS+5dCRI/7OVR
VxZ74z/ssXJIbXunP+zICa5nIHQ/7GfBh8m9Nz/rMflaP6u+P+tLtYEOwBY/6zbeEpfBMj/r
FCuIFDq4P+xX27WfH5E/7OzCCBMJGj/tC019zVuIP+yVDXsWAnE/7LZwJLPitD/sdkQ5Wm1T
P+x7pQxuLAE/7AiO1D5zvT/rqa7EcyHRP+r+KHALV/w/6vO7hFOFeT/rtp9SPyZyAAADDgAA
"""
PERFORMANCE = {"mean": "Bj/sgi8CZXUGP+yCLwJldQY/7IIvAmV1",
               "lpl": "oJtaP+uQoSygm1o/65ChLKCbWj/rkKEs",
               "upl": "7XO82CpOsj/tc7zYKk6yP+1zvNgqTrI/"}
PERFORMANCE_OUTSIDE = """
7XO82CpOsj/tc7zYKk6yP+1zvNgqTrI/7XO82CpOsj/tc7zYKk6yAAAACgAAACQAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAOAAAAJD/wAAAAAAAAP/AAAAAAAAA/
"""
PERFORMANCE_TYPES = """
AD/wAAAAAAAAP/AAAAAAAAAAAAAQAAAAJAAEAAkAAAAMY29tbW9uX2NhdXNlAAQACQAAAAxj
b21tb25fY2F1c2UABAAJAAAADGNvbW1vbl9jYXVzZQAEAAkAAAAMY29tbW9uX2NhdXNlAAQA
CQAAAAxjb21tb25fY2F1c2UABAAJAAAADGNvbW1vbl9jYXVzZQAEAAkAAAAMY29tbW9uX2Nh
dXNlAAQACQAAAAxjb21tb25fY2F1c2UABAAJAAAADGNvbW1vbl9jYXVzZQAEAAkAAAAVc3Bl
Y2lhbF9jYXVzZV9jb25jZXJuAAQACQAAAAxjb21tb25fY2F1c2UABAAJAAAAGXNwZWNpYWxf
Y2F1c2VfaW1wcm92ZW1lbnQABAAJAAAAGXNwZWNpYWxfY2F1c2VfaW1wcm92ZW1lbnQABAAJ
AAAAGXNwZWNpYWxfY2F1c2VfaW1wcm92ZW1lbnQABAAJAAAAGXNwZWNpYWxfY2F1c2VfaW1w
cm92ZW1lbnQABAAJAAAAGXNwZWNpYWxfY2F1c2VfaW1wcm92ZW1lbnQABAAJAAAAGXNwZWNp
YWxfY2F1c2VfaW1wcm92ZW1lbnQABAAJAAAAGXNwZWNpYWxfY2F1c2VfaW1wcm92ZW1lbnQA
BAAJAAAAGXNwZWNpYWxfY2F1c2VfaW1wcm92ZW1lbnQABAAJAAAADGNvbW1vbl9jYXVzZQAE
AAkAAAAVc3BlY2lhbF9jYXVzZV9jb25jZXJuAAQACQAAABVzcGVjaWFsX2NhdXNlX2NvbmNl
cm4ABAAJAAAAFXNwZWNpYWxfY2F1c2VfY29uY2VybgAEAAkAAAAVc3BlY2lhbF9jYXVzZV9j
b25jZXJuAAQACQAAAAxjb21tb25fY2F1c2UABAAJAAAADGNvbW1vbl9jYXVzZQAEAAkAAAAM
Y29tbW9uX2NhdXNlAAQACQAAAAxjb21tb25fY2F1c2UABAAJAAAADGNvbW1vbl9jYXVzZQAE
AAkAAAAVc3BlY2lhbF9jYXVzZV9jb25jZXJuAAQACQAAABVzcGVjaWFsX2NhdXNlX2NvbmNl
cm4ABAAJAAAAFXNwZWNpYWxfY2F1c2VfY29uY2VybgAEAAkAAAAVc3BlY2lhbF9jYXVzZV9j
b25jZXJuAAQACQAAABVzcGVjaWFsX2NhdXNlX2NvbmNlcm4ABAAJAAAAFXNwZWNpYWxfY2F1
c2VfY29uY2VybgAEAAkAAAAVc3BlY2lhbF9jYXVzZV9jb25jZXJuAAAADgAAACR/8AAAAAAH
"""

def logicals(lines, count):
    raw = base64.b64decode("".join(lines.split()))
    at = raw.index(struct.pack(">II", 10, count)) + 8
    return list(struct.unpack(">%di" % count, raw[at:at + 4 * count]))

# Plausible ranges pick the phase (monthly England A&E attendances are about 1.5 to 2.2 million).
BOUNDS = {"mea": (1.5e6, 2.5e6), "lpl": (1.2e6, 1.9e6), "upl": (1.9e6, 2.6e6)}

if __name__ == "__main__":
    out = {
        "attendances": {"y": values_from_head(ATTENDANCES_HEAD, 36),
                        **{k: repeated_double(v, *BOUNDS[k[:3]]) for k, v in ATTENDANCES.items()}},
        "attendances_rebase_2017_04": {k: repeated_double(v, *BOUNDS[k[:3]]) for k, v in REBASE.items()},
        "performance_fix12": {"y": values_from_head(PERFORMANCE_HEAD, 36),
                              **{k: repeated_double(v, 0.5, 1.0) for k, v in PERFORMANCE.items()},
                              "outside_limits": logicals(PERFORMANCE_OUTSIDE, 36),
                              "point_type": [s.decode() for s in strings(PERFORMANCE_TYPES)]},
    }
    json.dump(out, sys.stdout, indent=1)
