#!/usr/bin/env python3
"""Writes public/favicon.ico: the same mark as app/icon.svg, as PNGs in an ICO.

Browsers and crawlers still ask for /favicon.ico whatever the page links to;
a 404 there costs a Lighthouse best-practices point. Run once after changing
the mark: python3 lib/site/cli/make-favicon.py
"""
import struct
import zlib
from pathlib import Path

DARK = (0x1A, 0x1A, 0x1A)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def colour_at(x: float, y: float) -> tuple[tuple[int, int, int], bool]:
    """The mark on a 32-unit square: a dark rounded square with a white ring (icon.svg)."""
    corner = 6.0
    cx = min(max(x, corner), 32 - corner)
    cy = min(max(y, corner), 32 - corner)
    inside_square = (x - cx) ** 2 + (y - cy) ** 2 <= corner**2
    if not inside_square:
        return DARK, False
    distance = ((x - 16) ** 2 + (y - 16) ** 2) ** 0.5
    return (WHITE if 7.5 <= distance <= 11 else DARK), True


def render(size: int) -> bytes:
    rows = []
    scale = 32 / size
    for row in range(size):
        pixels = bytearray([0])  # PNG filter type: none
        for column in range(size):
            r = g = b = a = 0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    x = (column + (sx + 0.5) / SUPERSAMPLE) * scale
                    y = (row + (sy + 0.5) / SUPERSAMPLE) * scale
                    colour, opaque = colour_at(x, y)
                    if opaque:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            samples = SUPERSAMPLE * SUPERSAMPLE
            pixels += bytes([r // a, g // a, b // a, 255 * a // samples] if a else [0, 0, 0, 0])
        rows.append(bytes(pixels))
    return png(size, b''.join(rows))


def png(size: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def ico(images: list[tuple[int, bytes]]) -> bytes:
    directory = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b'', b''
    for size, data in images:
        entries += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return directory + entries + payload


if __name__ == '__main__':
    target = Path(__file__).resolve().parents[3] / 'public' / 'favicon.ico'
    target.write_bytes(ico([(size, render(size)) for size in (16, 32, 48)]))
    print(f'wrote {target} ({target.stat().st_size} bytes)')
