//! The `newsgraph` command: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

// mimalloc: extraction allocates many short-lived strings on every worker
// thread; it runs about 15% faster than the system allocator on one thread
// and keeps two threads from slowing each other down (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
