"""Configuration files and their errors."""

import re

import pytest

from consistency.cli import EXIT_USAGE, main
from consistency.config import Config, load_config
from consistency.errors import ConfigError


def test_defaults_without_a_file(tmp_path):
    assert load_config(tmp_path) == Config()


def test_consistency_toml_is_found_upwards(tmp_path):
    (tmp_path / "consistency.toml").write_text(
        'fail_on = "compatible"\nlanguage = "id"\n[align]\ntop_k = 2\nmin_z = 1.5\nmin_margin = 0.3\n'
        '[tolerances]\nrounding = false\napprox = 0.2\n[checks]\n"date.weekday" = "note"\n"entity.variant" = "off"\n'
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = load_config(deep)
    assert config.source.endswith("consistency.toml")
    assert (config.fail_on, config.language, config.align.top_k, config.align.min_z) == ("compatible", "id", 2, 1.5)
    assert config.align.min_margin == 0.3
    assert config.compare.tolerances.rounding is False and config.numbers.approx_tolerance == 0.2
    assert config.compare.severities == {"date.weekday": "note"}
    assert config.compare.disabled == {"entity.variant"}


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.consistency]\nmodel = "some/model"\n')
    assert load_config(tmp_path).model == "some/model"


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(tmp_path) == Config()


@pytest.mark.parametrize(
    "content, message",
    [
        ('colour = "red"\n', "unknown key 'colour'; allowed: align, allow_download"),
        ('fail_on = "sometimes"\n', "'fail_on' must be one of conflict, compatible, never"),
        ('[align]\ntop_k = "three"\n', "'align.top_k' must be an integer, got 'three'"),
        ('[align]\nwindow = 3\n', "unknown key 'align.window'; allowed: candidates, min_margin, min_z, mutual_z, top_k"),
        ('[align]\ncandidates = 0\n', "'align.candidates' must be at least 1"),
        ('[tolerances]\nrounding_cap = 5\n', "'tolerances.rounding_cap' must be between 0 and 1"),
        ('[checks]\n"number.oops" = "error"\n', "unknown check 'number.oops'; known: attribution.source"),
        ('[checks]\n"date.weekday" = "loud"\n', "must be one of error, warning, note, off"),
        ('fail_on = \n', "invalid TOML"),
    ],
    ids=["unknown-key", "bad-fail-on", "bad-type", "unknown-table-key", "bad-candidates", "out-of-range", "unknown-check", "bad-severity", "bad-toml"],
)
def test_configuration_errors_name_the_allowed_values(tmp_path, content, message):
    (tmp_path / "consistency.toml").write_text(content)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert message in str(err.value)


def test_configuration_error_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "consistency.toml").write_text('fail_on = "sometimes"\n')
    (tmp_path / "a.txt").write_text("Satu kalimat.")
    (tmp_path / "b.txt").write_text("Dua kalimat.")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.txt", "b.txt"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "consistency.toml: 'fail_on' must be one of" in err and err.count("\n") == 1


def test_bad_severity_flag(capsys):
    assert main(["check", "x", "--severity", "date.weekday"]) == EXIT_USAGE
    assert "--severity takes CODE=LEVEL" in capsys.readouterr().err


def test_story_settings_from_file_and_flags(tmp_path):
    from consistency.cli import build_parser, make_config

    (tmp_path / "consistency.toml").write_text('group = "given"\nengine = "local"\n[stories]\nwindow = 5\nthreshold = 0.85\n')
    config = load_config(tmp_path)
    assert (config.group, config.stories.window, config.stories.threshold) == ("given", 5, 0.85)
    args = build_parser().parse_args(["check", "x", "--no-config", "--group", "one", "--story-window", "2",
                                      "--story-threshold", "0.9", "--engine", "ray", "--ray-address", "auto"])
    config = make_config(args)
    assert (config.group, config.stories.window, config.stories.threshold, config.engine, config.ray_address) == \
        ("one", 2, 0.9, "ray", "auto")


@pytest.mark.parametrize("text, message", [
    ('group = "stories"', "'group' must be one of auto, given, one"),
    ('engine = "spark"', "'engine' must be one of local, ray"),
    ("[stories]\nwindow = -1", "'stories.window' must be at least 0 days"),
    ("[stories]\nthreshold = 2", "'stories.threshold' must be between -1 and 1"),
    ("[stories]\nsize = 3", "unknown key 'stories.size'"),
])
def test_bad_story_settings_name_the_allowed_values(tmp_path, text, message):
    (tmp_path / "consistency.toml").write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(tmp_path)


@pytest.mark.parametrize("content, message", [
    ('fail-on = "never"\n', "unknown key 'fail-on'; did you mean 'fail_on'?; allowed: align,"),
    ('[stories]\ntreshold = 0.8\n', "unknown key 'stories.treshold'; did you mean 'stories.threshold'?"),
    ('[story]\nthreshold = 0.8\n', "unknown key 'story'; did you mean 'stories'?"),
    ('[checks]\n"number.mismatc" = "note"\n', "unknown check 'number.mismatc'; did you mean 'number.mismatch'?"),
    ('cache_dir = 5\n', "'cache_dir' must be a string, got 5"),
    ('use_cache = "no"\n', "'use_cache' must be true or false, got 'no'"),
    ('[stories]\nthreshold = "high"\n', "'stories.threshold' must be a number, got 'high'"),
], ids=["key-typo", "table-key-typo", "table-typo", "check-typo", "string", "bool", "number"])
def test_a_typo_gets_the_key_it_was_meant_to_be(tmp_path, content, message):
    # found in acceptance (qa): a typo listed every key but the one meant, and types read "must be a int"
    (tmp_path / "consistency.toml").write_text(content)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert message in str(err.value)


def test_constants_kept_here_match_their_modules():
    # config keeps these without importing their modules, so that --help imports neither numpy nor the lexicons
    from consistency import config, embed, report, stories

    assert config.GROUPINGS == stories.GROUPINGS
    assert config.BACKENDS == embed.BACKENDS
    assert config.FORMATS == report.FORMATS


def test_help_imports_no_stage():
    import subprocess
    import sys

    from .conftest import ROOT

    code = ("import sys; from consistency.cli import main; main(['check', '--help']); "
            "print(sorted(m for m in ('numpy', 'rich', 'consistency.compare', 'consistency.extract', "
            "'consistency.report', 'consistency.pipeline') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and done.stderr.strip() == "[]", done.stderr


@pytest.mark.parametrize("name, content, message", [
    ("consistency.toml", "align = [1, 2]\n", "'align' must be a table"),
    ("consistency.toml", "checks = [\"number.mismatch\"]\n", "'checks' must map check codes to severities"),
    ("consistency.toml", "[[align]]\ntop_k = 2\n", "'align' must be a table"),
    ("consistency.toml", "[stories]\nwindow = \"3\"\n", "'stories.window' must be an integer, got '3'"),
    ("consistency.toml", "[stories]\nthreshold = \"0.8\"\n", "'stories.threshold' must be a number, got '0.8'"),
    ("consistency.toml", "[align]\nmin_z = [1.5]\n", "'align.min_z' must be a number, got [1.5]"),
    ("consistency.toml", "batch_size = \"8\"\n", "'batch_size' must be an integer, got '8'"),
    ("consistency.toml", "model = { name = \"x\" }\n", "'model' must be a string, got {'name': 'x'}"),
    ("consistency.toml", "[checks]\n\"number.mismatch\" = { level = \"note\" }\n", "severity of 'number.mismatch' must be one of"),
    ("consistency.toml", "[checks]\n\"number.mismatch\" = 3\n", "severity of 'number.mismatch' must be one of"),
    ("pyproject.toml", "tool = \"consistency\"\n", "'tool' must be a table"),
    ("pyproject.toml", "[tool]\nconsistency = [\"fail_on\"]\n", "'tool.consistency' must be a table"),
    ("pyproject.toml", "[[tool.consistency]]\nfail_on = \"never\"\n", "'tool.consistency' must be a table"),
    ("pyproject.toml", "[tool]\nconsistency = \"strict\"\n", "'tool.consistency' must be a table"),
], ids=["list-for-table", "list-for-checks", "array-of-tables", "string-for-int", "string-for-float", "list-for-float",
        "string-for-batch", "table-for-string", "table-for-severity", "number-for-severity", "tool-string",
        "tool-consistency-list", "tool-consistency-array-of-tables", "tool-consistency-string"])
def test_a_config_of_the_wrong_shape_exits_2_with_one_line_naming_the_key(tmp_path, capsys, monkeypatch, name,
                                                                          content, message):
    (tmp_path / name).write_text(content)
    (tmp_path / "a.txt").write_text("Satu kalimat.")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert message in str(err.value)
    assert main(["check", "a.txt", "a.txt"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("consistency: error: ") and f"{name}: {message}" in err and err.count("\n") == 1
    assert "Traceback" not in err and "internal error" not in err


def test_min_identity_from_file_and_flags(tmp_path):
    from consistency.cli import build_parser, make_config

    (tmp_path / "consistency.toml").write_text("min_identity = 0.8\n")
    assert load_config(tmp_path).min_identity == 0.8
    args = build_parser().parse_args(["check", "x", "--no-config", "--min-identity", "0.9"])
    assert make_config(args).min_identity == 0.9
    assert make_config(build_parser().parse_args(["check", "x", "--no-config"])).min_identity == 0.0


@pytest.mark.parametrize("text, message", [
    ("min_identity = 1.5", "'min_identity' must be between 0 and 1, got 1.5"),
    ("min_identity = -0.1", "'min_identity' must be between 0 and 1, got -0.1"),
    ('min_identity = "high"', "'min_identity' must be a number, got 'high'"),
])
def test_bad_min_identity_names_the_range(tmp_path, text, message):
    (tmp_path / "consistency.toml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert message in str(err.value)
