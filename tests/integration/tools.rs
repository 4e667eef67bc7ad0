//! Tools some tests use where they are installed (jq, Debian's chromium, Python with pandas,
//! DuckDB and networkx), and the data sets beside the repository.
//!
//! A test part whose tool is missing is skipped, and every skip is named in one line on stderr
//! when the test binary ends. libtest captures what a test prints with `eprintln!`, so that line
//! is written straight to the process's stderr after the tests have run, where plain
//! `cargo test` shows it. Under CI (`CI=true`), where `.ci/run` installs every one of these
//! tools, a missing tool fails the test instead: a green CI means every part ran.

use std::path::Path;
use std::process::Command;
#[cfg(unix)]
use std::sync::Mutex;

/// A tool a test uses where it is installed; `.ci/run` installs each of them.
#[derive(Debug, Clone, Copy)]
pub enum Tool {
    /// The `jq` command.
    Jq,
    /// Debian's chromium, at [`CHROMIUM`].
    Chromium,
    /// The `python3` command.
    Python,
    /// A module `python3` imports (`pandas`, `duckdb`, `networkx`).
    PythonModule(&'static str),
}

/// Where Debian installs chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";

impl Tool {
    /// The tool's name as a person installs it.
    fn name(self) -> &'static str {
        match self {
            Tool::Jq => "jq",
            Tool::Chromium => "chromium",
            Tool::Python => "python3",
            Tool::PythonModule(module) => module,
        }
    }

    /// Whether the tool is here and runs.
    fn is_installed(self) -> bool {
        let probe = match self {
            Tool::Chromium => return Path::new(CHROMIUM).exists(),
            Tool::Jq => Command::new("jq").arg("--version").output(),
            Tool::Python => Command::new("python3").arg("--version").output(),
            Tool::PythonModule(module) => Command::new("python3")
                .args(["-c", &format!("import {module}")])
                .output(),
        };
        probe.is_ok_and(|o| o.status.success())
    }
}

/// Whether `part` of a test, which needs `tool`, can run. When the tool is missing the part is
/// recorded as skipped and `false` comes back.
///
/// # Panics
/// When the tool is missing under CI (`CI=true`): `.ci/run` installs it, so its absence is a
/// broken set-up, not a reason to skip.
pub fn tool_is_installed(tool: Tool, part: &str) -> bool {
    match verdict(tool, tool.is_installed(), in_ci(), part) {
        Verdict::Run => true,
        Verdict::Skip(what) => {
            record_skip(what);
            false
        }
        Verdict::Fail(why) => panic!("{why}"),
    }
}

/// What becomes of a test part that needs a tool.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// The tool is here: the part runs.
    Run,
    /// The tool is missing outside CI: the part is skipped, and this names it in the summary.
    Skip(String),
    /// The tool is missing in CI: the test fails, saying this.
    Fail(String),
}

fn verdict(tool: Tool, installed: bool, ci: bool, part: &str) -> Verdict {
    match (installed, ci) {
        (true, _) => Verdict::Run,
        (false, false) => Verdict::Skip(format!("{part} ({} is not installed)", tool.name())),
        (false, true) => Verdict::Fail(format!(
            "CI=true but {} is missing: .ci/run installs it, and {part} needs it",
            tool.name()
        )),
    }
}

/// Whether `path`, a data set that lives beside the repository rather than in it, is here for
/// `part` of a test; when it is not, the part is recorded as skipped (in CI too: no tool
/// installs it).
pub fn data_is_present(path: &Path, part: &str) -> bool {
    let present = path.exists();
    if !present {
        record_skip(format!("{part} ({} is not present)", path.display()));
    }
    present
}

/// Whether the tests run under CI, which sets `CI=true`.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// The test parts skipped so far, for the summary line.
#[cfg(unix)]
static SKIPPED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records a skipped part; the first one arranges for the summary line to be printed when the
/// test binary exits, after libtest's own closing lines.
#[cfg(unix)]
fn record_skip(what: String) {
    extern "C" fn at_exit() {
        print_summary();
    }
    let mut skipped = SKIPPED.lock().unwrap_or_else(|e| e.into_inner());
    if skipped.is_empty() {
        // SAFETY: `at_exit` is a plain function that neither unwinds nor calls `exit`; it
        // only locks a static and writes to stderr, which stay valid until the process ends.
        unsafe {
            libc::atexit(at_exit);
        }
    }
    skipped.push(what);
}

/// Writes the one line naming every skipped part to the process's stderr, past libtest's
/// capture (which only takes `print!` and `eprint!`).
#[cfg(unix)]
fn print_summary() {
    let skipped = SKIPPED.lock().unwrap_or_else(|e| e.into_inner()).clone();
    write_stderr(&summary_line(skipped));
}

/// The line naming every skipped part, in a stable order.
#[cfg(unix)]
fn summary_line(mut skipped: Vec<String>) -> String {
    skipped.sort();
    format!(
        "coopex tests: skipped {} test {}: {}\n",
        skipped.len(),
        if skipped.len() == 1 { "part" } else { "parts" },
        skipped.join("; ")
    )
}

/// Where libc (a dependency on Unix only) offers no `atexit`, each skip gets its line at once.
#[cfg(not(unix))]
fn record_skip(what: String) {
    write_stderr(&format!("coopex tests: skipped {what}\n"));
}

/// Writes to the process's stderr directly, past libtest's capture.
fn write_stderr(line: &str) {
    use std::io::Write;
    // Nothing is left to report a failed write to.
    let _ = std::io::stderr().write_all(line.as_bytes());
}

#[test]
fn a_missing_tool_skips_outside_ci_and_fails_in_ci() {
    let part = "the example";
    let cases = [
        (true, false, Verdict::Run),
        (true, true, Verdict::Run),
        (
            false,
            false,
            Verdict::Skip("the example (jq is not installed)".to_string()),
        ),
        (
            false,
            true,
            Verdict::Fail(
                "CI=true but jq is missing: .ci/run installs it, and the example needs it"
                    .to_string(),
            ),
        ),
    ];
    for (installed, ci, want) in cases {
        assert_eq!(
            verdict(Tool::Jq, installed, ci, part),
            want,
            "{installed} {ci}"
        );
    }
}

#[cfg(unix)]
#[test]
fn the_skip_summary_is_one_line_naming_every_part() {
    let line = summary_line(vec![
        "b (pandas is not installed)".into(),
        "a (jq is not installed)".into(),
    ]);
    assert_eq!(
        line,
        "coopex tests: skipped 2 test parts: a (jq is not installed); b (pandas is not installed)\n"
    );
    assert_eq!(
        summary_line(vec!["a".into()]),
        "coopex tests: skipped 1 test part: a\n"
    );
}
