#!/usr/bin/env python3
"""One cold start of the window, watched through Xlib (ctypes) by this one process, for src/dev/cold-start.sh.

Usage: cold-start-probe.py OUT COMMAND...   (DISPLAY set; the environment goes to the command as it is)
Runs COMMAND with its standard output to the file OUT and prints "LAUNCH MAPPED PAINTED": the launch in ms
since the epoch, then in ms after it: when a viewable window of the launched process (_NET_WM_PID) of at
least 200x200 exists, and when a 300x200 patch of its parameter panel (at 20,100) is no longer blank (the
standard deviation of its 8-bit channels above 12, as the earlier ImageMagick check's 0.05). It then stops
the command. A watcher that started a process per poll (xdotool, ImageMagick's import) took about a quarter of
the 2-core machine's CPU from the app while it started, and its polls were slow to see the frame.
"""
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import time

POLL_S = 0.01
TIMEOUT_S = 60
PATCH = (20, 100, 300, 200)

x = ctypes.CDLL(ctypes.util.find_library("X11"))
Window = ctypes.c_ulong
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XDefaultRootWindow.restype = Window
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XInternAtom.restype = ctypes.c_ulong
x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                         ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x.XFree.argtypes = [ctypes.c_void_p]
x.XGetWindowProperty.argtypes = [ctypes.c_void_p, Window, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
                                 ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]


class WindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", Window), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class Image(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(WindowAttributes)]
x.XGetImage.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                        ctypes.c_ulong, ctypes.c_int]
x.XGetImage.restype = ctypes.POINTER(Image)
x.XDestroyImage.argtypes = [ctypes.POINTER(Image)]
# A window that goes away between two calls is an X error; the default handler would end this process.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
x.XSetErrorHandler(ERROR_HANDLER)

display = x.XOpenDisplay(None)
if not display:
    sys.exit("cold-start-probe: cannot open display " + os.environ.get("DISPLAY", "(DISPLAY not set)"))
root = x.XDefaultRootWindow(display)
NET_WM_PID = x.XInternAtom(display, b"_NET_WM_PID", 0)
CARDINAL = 6
IS_VIEWABLE = 2
Z_PIXMAP = 2


def pid_of(w):
    kind, fmt, n, after, data = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x.XGetWindowProperty(display, w, NET_WM_PID, 0, 1, 0, CARDINAL, ctypes.byref(kind), ctypes.byref(fmt),
                            ctypes.byref(n), ctypes.byref(after), ctypes.byref(data)) != 0 or not data.value:
        return None
    pid = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if n.value else None
    x.XFree(data)
    return pid


def children(w):
    r, p, kids, n = Window(), Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
    if not x.XQueryTree(display, w, ctypes.byref(r), ctypes.byref(p), ctypes.byref(kids), ctypes.byref(n)):
        return []
    out = [kids[i] for i in range(n.value)]
    if kids:
        x.XFree(kids)
    return out


def shown_window(pid):
    # Top-level windows, and their children for a window manager that reparents them into frames.
    tops = children(root)
    for w in tops + [k for t in tops if pid_of(t) is None for k in children(t)]:
        a = WindowAttributes()
        if (pid_of(w) == pid and x.XGetWindowAttributes(display, w, ctypes.byref(a))
                and a.map_state == IS_VIEWABLE and a.width >= 200 and a.height >= 200):
            return w
    return None


def painted(w):
    px, py, pw, ph = PATCH
    img = x.XGetImage(display, w, px, py, pw, ph, 0xFFFFFFFF, Z_PIXMAP)
    if not img:
        return False
    i = img.contents
    data = ctypes.string_at(i.data, i.bytes_per_line * i.height)
    x.XDestroyImage(img)
    if data.count(data[:4]) * 4 == len(data):  # one colour: blank
        return False
    sample = [b for k, b in enumerate(data[::7]) if (k * 7) % 4 != 3]  # channels only, not the padding byte
    mean = sum(sample) / len(sample)
    return (sum((b - mean) ** 2 for b in sample) / len(sample)) ** 0.5 > 12


def main():
    out = open(sys.argv[1], "w")
    launch = round(time.time() * 1000)
    start = time.monotonic()
    app = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
    mapped = shown = None
    try:
        while time.monotonic() - start < TIMEOUT_S and app.poll() is None:
            now = round((time.monotonic() - start) * 1000)
            if shown is None:
                shown = shown_window(app.pid)
                if shown is not None:
                    mapped = now
            elif painted(shown):
                print(launch, mapped, now)
                return 0
            time.sleep(POLL_S)
        print("cold-start-probe: no painted window within %d s" % TIMEOUT_S, file=sys.stderr)
        return 1
    finally:
        time.sleep(0.5)
        os.killpg(app.pid, signal.SIGTERM)
        app.wait()


if __name__ == "__main__":
    sys.exit(main())
