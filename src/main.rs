//! The `newsgraph` command: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
