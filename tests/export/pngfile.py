"""A small PNG reader for the export tests (Python 3 standard library only): checks the file's
structure (signature, chunk CRCs, IHDR, the zlib stream's size) and undoes the scanline filters,
so that the tests look at the pixels the way an image viewer would.

Handles what an exporter writes: 8-bit RGB or RGBA, not interlaced. Rows filtered with None, Sub
or Up are undone a whole row at a time (byte-wise additions on one big integer); Average and
Paeth rows, which depend on the pixel just decoded, byte by byte.
"""

import array
import collections
import struct
import zlib

SIGNATURE = b'\x89PNG\r\n\x1a\n'
_BYTES_PER_PIXEL = {2: 3, 6: 4}  # colour type -> bytes per pixel at bit depth 8


class PngError(Exception):
    pass


def chunks(data):
    """(type, body) of every chunk, CRCs checked, up to IEND."""
    if data[:8] != SIGNATURE:
        raise PngError('no PNG signature')
    pos = 8
    while pos + 12 <= len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise PngError(f'chunk {kind!r} runs past the end of the file')
        (crc,) = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise PngError(f'bad CRC in chunk {kind!r}')
        yield kind, body
        if kind == b'IEND':
            return
        pos += 12 + length
    raise PngError('no IEND chunk')


def size(data):
    """(width, height) from IHDR, after checking the signature."""
    if data[:8] != SIGNATURE or data[12:16] != b'IHDR':
        raise PngError('no PNG signature or IHDR first')
    return struct.unpack('>II', data[16:24])


class Image:
    """The decoded image: width, height, bytes per pixel and the rows of raw pixel bytes."""

    def __init__(self, width, height, bpp, rows):
        self.width, self.height, self.bpp, self.rows = width, height, bpp, rows

    def pixel_counts(self):
        """Counter of pixel values: each pixel's bytes as one unsigned integer."""
        data = b''.join(self.rows)
        if self.bpp == 4:  # one machine word per pixel: counted in C
            return collections.Counter(array.array('I', data))
        return collections.Counter(int.from_bytes(data[i:i + self.bpp], 'little')
                                   for i in range(0, len(data), self.bpp))

    def pixel(self, x, y):
        """The pixel at (x, y) as pixel_counts() keys it."""
        data = self.rows[y][x * self.bpp:(x + 1) * self.bpp]
        return array.array('I', data)[0] if self.bpp == 4 else int.from_bytes(data, 'little')


def decode(data):
    header, idat = None, []
    for kind, body in chunks(data):
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
    if header is None:
        raise PngError('no IHDR chunk')
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in _BYTES_PER_PIXEL or interlace:
        raise PngError(f'unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}')
    bpp = _BYTES_PER_PIXEL[colour]
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    if len(raw) != height * (stride + 1):
        raise PngError(f'image data is {len(raw)} bytes, {width}x{height} needs {height * (stride + 1)}')
    return Image(width, height, bpp, _unfilter(raw, height, stride, bpp))


def _unfilter(raw, height, stride, bpp):
    low = int.from_bytes(b'\x7f' * stride, 'little')
    high = int.from_bytes(b'\x80' * stride, 'little')
    every = (1 << 8 * stride) - 1

    def add(a, b):  # byte-wise a + b (mod 256) of two rows held as integers
        return ((a & low) + (b & low)) ^ ((a ^ b) & high)

    rows, prev = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], raw[start + 1:start + 1 + stride]
        if kind == 0:
            row = bytes(line)
        elif kind == 1:  # Sub: a running sum along the row, doubling the reach each step
            x, reach = int.from_bytes(line, 'little'), bpp
            while reach < stride:
                x = add(x, (x << 8 * reach) & every)
                reach *= 2
            row = x.to_bytes(stride, 'little')
        elif kind == 2:
            row = add(int.from_bytes(line, 'little'), int.from_bytes(prev, 'little')).to_bytes(stride, 'little')
        elif kind in (3, 4):
            row = _unfilter_slow(bytearray(line), prev, bpp, kind)
        else:
            raise PngError(f'row {y}: unknown filter type {kind}')
        rows.append(row)
        prev = row
    return rows


def _unfilter_slow(row, prev, bpp, kind):
    for i in range(len(row)):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        if kind == 3:
            row[i] = (row[i] + ((a + b) >> 1)) & 255
            continue
        c = prev[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return bytes(row)
