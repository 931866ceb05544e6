"""Nothing heavy is imported until a sentence needs embedding: --help, configuration errors, bad input and
fully cached re-runs never import torch, transformers or a runtime (checked in fresh processes)."""

import json
import subprocess
import sys

import pytest

from ..conftest import ROOT, SEEDS

HEAVY = ("torch", "transformers", "sentence_transformers", "onnxruntime", "openvino", "onnx")
_RUN = r"""
import json, sys
from consistency.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "heavy": sorted(m for m in %r if m in sys.modules)}))
""" % (HEAVY,)


def run_cli(args, env=None, cwd=ROOT):
    import os

    proc = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT), **(env or {})})
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


@pytest.mark.parametrize("args, code", [
    (["--help"], 0),
    (["check", "--help"], 0),
    (["check", "no/such/path.txt", "--no-config"], 2),
    (["check", str(SEEDS), "--no-config", "--backend", "cuda"], 2),
    (["check", str(SEEDS), "--no-config", "--top-k", "0"], 2),
])
def test_nothing_heavy_is_imported_before_it_is_needed(tmp_path, args, code):
    result, err = run_cli(args, env={"CONSISTENCY_CACHE_DIR": str(tmp_path)})
    assert result["code"] == code, err
    assert result["heavy"] == []


def test_a_bad_configuration_file_imports_nothing_heavy(tmp_path):
    (tmp_path / "consistency.toml").write_text('backend = "tpu"\n')
    result, err = run_cli(["check", str(SEEDS)], env={"CONSISTENCY_CACHE_DIR": str(tmp_path / "cache")}, cwd=tmp_path)
    assert result == {"code": 2, "heavy": []}
    assert "'backend' must be one of auto, torch, onnx, openvino" in err


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["auto", "torch"])
def test_a_fully_cached_rerun_loads_no_model(tmp_path, model_cache_dir, default_embedder, backend):
    cache = tmp_path / "cache"
    (cache / "models").mkdir(parents=True)
    for model in (model_cache_dir / "models").iterdir():
        if not model.name.startswith("."):
            (cache / "models" / model.name).symlink_to(model)
    args = ["check", str(SEEDS), "--no-config", "--format", "json", "--backend", backend]
    first, err = run_cli(args, env={"CONSISTENCY_CACHE_DIR": str(cache)})
    assert first["code"] in (0, 1), err
    assert ("onnxruntime" if backend == "auto" else "torch") in first["heavy"]
    again, err = run_cli(args, env={"CONSISTENCY_CACHE_DIR": str(cache)})
    assert again["code"] == first["code"], err
    assert again["heavy"] == []
