//! The `coopex` command line: parses arguments, calls the library, maps the outcome to an exit
//! code (0 ok, 1 findings such as rejected inputs or failed checks, 2 errors).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(error) => {
            if cli::is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            eprintln!("coopex: {error:#}");
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}
