"""wmg.text: examples plus differential tests against the system's GNU grep/sed/cut/wc and awk."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings, strategies as st

from wmg.text import UnsupportedScript, WcResult, awk, cut, drop_containing, grep, sed, wc

line_text = st.text(alphabet="ab ,\t1.2x", max_size=12)
lines_st = st.lists(line_text.filter(lambda s: "\n" not in s), max_size=6)
FAST = settings(max_examples=25, deadline=None)


def run(argv, lines):
    data = "".join(ln + "\n" for ln in lines)
    return subprocess.run(argv, input=data, capture_output=True, text=True, check=False).stdout


def tool(name):
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} not installed")
    return path


def test_grep_examples():
    src = ["alpha", "Beta", "gamma", "alphabet"]
    assert grep(src, "alpha") == ["alpha", "alphabet"]
    assert grep(src, "beta", ignore_case=True) == ["Beta"]
    assert grep(src, "^a.*t$", regex=True) == ["alphabet"]
    assert grep("x.y\nxzy", "x.y") == ["x.y"]  # fixed string by default
    assert drop_containing(src, "a") == []
    assert grep(src, "a", invert=True) == ["Beta"][:0] + [s for s in src if "a" not in s]


@FAST
@given(lines_st, st.sampled_from(["a", "1.", " ", "b,"]))
def test_grep_matches_gnu_grep(lines, needle):
    assert grep(lines, needle) == run([tool("grep"), "-F", "--", needle], lines).splitlines()
    assert grep(lines, needle, invert=True) == run([tool("grep"), "-v", "-F", "--", needle], lines).splitlines()


SED_SCRIPTS = ["s/a/A/", "s/a/A/g", "s/a/A/2", "s/a/A/2g", r"s/\(a\)\(b\)/\2\1/g", "s|1|[&]|g",
               "s/A/z/Ig", "2d", "$d", "/x/d", "/a/,/b/d", "1,2d", "2,$d", "s/a*/-/g", "/1/s/b/B/;3d",
               r"s/[[:digit:]]\+/N/g", "s/[^ab]//g", r"s/^\(.\)/<\1>/"]


@pytest.mark.parametrize("script", SED_SCRIPTS)
@FAST
@given(lines=lines_st)
def test_sed_matches_gnu_sed(script, lines):
    assert sed(lines, script) == run([tool("sed"), script], lines).splitlines()


def test_sed_examples_and_unsupported():
    assert sed(["a-b-c"], ["s/-/+/", "s/c/C/"]) == ["a+b-C"]
    assert sed(["x1y22"], r"s/([0-9]+)/<\1>/g", extended=True) == ["x<1>y<22>"]
    assert sed(["one", "two", "three"], "/one/,2d") == ["three"]
    for bad in ("y/ab/cd/", "p", "s/a/b", "2i hi"):
        with pytest.raises(UnsupportedScript):
            sed(["a"], bad)


@FAST
@given(lines_st, st.sampled_from(["1", "2", "1,3", "2-", "-2", "1-2,4"]), st.booleans(),
       st.sampled_from(["\t", ","]))
def test_cut_fields_matches_gnu_cut(lines, spec, complement, delim):
    argv = [tool("cut"), "-f", spec, "-d", delim] + (["--complement"] if complement else [])
    assert cut(lines, fields=spec, complement=complement, delimiter=delim) == run(argv, lines).splitlines()
    argv_s = [tool("cut"), "-s", "-f", spec, "-d", delim]
    assert cut(lines, fields=spec, delimiter=delim, only_delimited=True) == run(argv_s, lines).splitlines()


@FAST
@given(lines_st, st.sampled_from(["1", "2-4", "3-", "1,5"]), st.booleans())
def test_cut_chars_matches_gnu_cut(lines, spec, complement):
    argv = [tool("cut"), "-c", spec] + (["--complement"] if complement else [])
    assert cut(lines, chars=spec, complement=complement) == run(argv, lines).splitlines()


def test_cut_errors():
    with pytest.raises(ValueError):
        cut(["a"], fields="1", chars="1")
    with pytest.raises(ValueError):
        cut(["a"], fields="0")
    assert cut(["a:b:c"], fields=[1, 3], delimiter=":") == ["a:c"]


@FAST
@given(st.text(alphabet="ab \n\té", max_size=30), st.sampled_from(["-l", "-w", "-m", "-c"]))
def test_wc_matches_gnu_wc(text, opt):
    out = subprocess.run([tool("wc"), opt], input=text.encode(), capture_output=True,
                         env={"LC_ALL": "C.UTF-8"}).stdout
    assert wc(text, opt) == int(out)


def test_wc_examples():
    assert wc(["ab c", "d"]) == WcResult(lines=2, words=3, chars=7, bytes=7, max_line_length=4)
    assert wc("é\n", "-c") == 3 and wc("é\n", "-L") == 1
    with pytest.raises(ValueError):
        wc("x", "-z")


AWK_CASES = [
    (None, None, "{ print $2 }", None),
    (",", None, "{ print $1, NF }", None),
    (None, "s = 0", "{ s += $1 }", "print s, NR"),
    (None, None, "$1 > 1 { print NR \": \" $0 }", None),
    (None, None, "/a/ { print toupper($0) } !/a/ { print length($0) }", None),
    (None, None, '{ printf "%-4s|%5.2f|%d\\n", $1, $1, $1 }', None),
    (None, None, '$1 == "a" || $2 ~ /^1/ { print substr($0, 2, 3), index($0, "b") }', None),
    (None, "OFS = \"-\"", "{ $1 = $1; print }", None),
    (None, None, "NR % 2 == 1", None),
    (None, None, "{ n++ } NF > 1 { next } { print \"one:\" $1 }", "print n + 0"),
    (",", None, '{ x = $1 "" $2; print x, ($1 < $2 ? "lt" : "ge") }', None),
    (None, None, "{ print int($1 * 2.5), $1 ^ 2, -$1, sprintf(\"%03d\", $1) }", None),
]


@pytest.mark.parametrize("sep,begin,each,end", AWK_CASES)
@FAST
@given(lines=st.lists(st.text(alphabet="ab 12,.", max_size=8), max_size=5))
def test_awk_matches_system_awk(sep, begin, each, end, lines):
    prog = (f"BEGIN {{ {begin} }} " if begin else "") + each + (f" END {{ {end} }}" if end else "")
    argv = [tool("awk")] + (["-F", sep] if sep else []) + [prog]
    assert awk(lines, sep, begin=begin, each=each, end=end) == run(argv, lines)


def test_awk_examples():
    assert awk("a:1\nb:2\n", ":", each="{ print $2, $1 }") == "1 a\n2 b\n"
    assert awk(["x y"], each="print $2") == "y\n"   # a bare action runs for every record
    assert awk("r1;r2", record_separator=";", each="{ print NR, $0 }") == "1 r1\n2 r2\n"
    assert awk(["3", "10", "9"], each="$1 > 5") == "10\n9\n"  # numeric fields compare as numbers
    assert awk([], begin='print "hi"') == "hi\n"
    for bad in ("{ getline }", "{ print > \"f\" }", "{ if ($1) print }", "{ split($0, a) }", "{ ++x }"):
        with pytest.raises(UnsupportedScript):
            awk(["a"], each=bad)
    with pytest.raises(UnsupportedScript):
        awk(["a"], each="BEGIN { print }")
