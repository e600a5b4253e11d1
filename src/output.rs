//! Atomic output files: written to a temporary file in the same folder and
//! renamed into place only when complete, so a failed or interrupted run
//! never leaves a truncated file or replaces a good one with a bad one.
//!
//! A path that already names something other than a regular file (a device
//! such as `/dev/null`, a named pipe) is written directly: renaming a
//! temporary file over it would replace the device with a plain file.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; it appears at its path only on [`AtomicFile::commit`].
#[derive(Debug)]
pub struct AtomicFile {
    path: PathBuf,
    writer: BufWriter<Target>,
    /// Syncs what is written in the background, once enabled.
    syncer: Option<Syncer>,
}

/// A thread that syncs the file to disk each time it is asked, while the
/// writer goes on writing.
#[derive(Debug)]
struct Syncer {
    ask: std::sync::mpsc::SyncSender<()>,
    thread: std::thread::JoinHandle<io::Result<()>>,
    unsynced: usize,
    every: usize,
}

/// Where the bytes go until the commit.
#[derive(Debug)]
enum Target {
    /// A temporary file in the same folder, renamed into place on commit.
    Temporary(tempfile::NamedTempFile),
    /// An existing device or pipe, written in place.
    Direct(std::fs::File),
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Target::Temporary(f) => f.write(buf),
            Target::Direct(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Target::Temporary(f) => f.flush(),
            Target::Direct(f) => f.flush(),
        }
    }
}

impl AtomicFile {
    /// Starts writing `path` (its folder must exist; `path` must not be a folder).
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        if path.is_dir() {
            // Found now rather than at the rename, after all the work.
            return Err(io::Error::new(io::ErrorKind::IsADirectory, "is a folder, not a file"));
        }
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            let file = std::fs::OpenOptions::new().write(true).open(path)?;
            return Ok(AtomicFile {
                path: path.to_owned(),
                writer: BufWriter::with_capacity(1 << 16, Target::Direct(file)),
                syncer: None,
            });
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("no folder {}", dir.display())));
        }
        let tmp = tempfile::Builder::new().prefix(".newsgraph-").suffix(".tmp").tempfile_in(dir)?;
        // Keep the mode of the file being replaced; new files get the usual rw-r--r--.
        let permissions = match std::fs::metadata(path) {
            Ok(m) => Some(m.permissions()),
            Err(_) => default_permissions(),
        };
        if let Some(p) = permissions {
            tmp.as_file().set_permissions(p)?;
        }
        Ok(AtomicFile {
            path: path.to_owned(),
            writer: BufWriter::with_capacity(1 << 16, Target::Temporary(tmp)),
            syncer: None,
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// From now on, syncs what is written to disk in the background every
    /// `every` bytes, on a thread of its own, so that little is left to sync
    /// at the commit (the kernel would otherwise hold a corpus-sized file in
    /// memory until then). Nothing to do for a device or pipe.
    pub fn sync_in_background(&mut self, every: usize) -> io::Result<()> {
        AtomicFile::stop_syncing(self.syncer.take())?;
        let Target::Temporary(tmp) = self.writer.get_ref() else { return Ok(()) };
        let file = tmp.as_file().try_clone()?;
        let (ask, asked) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::spawn(move || asked.into_iter().try_for_each(|()| file.sync_data()));
        self.syncer = Some(Syncer { ask, thread, unsynced: 0, every: every.max(1) });
        Ok(())
    }

    /// Stops the background syncs, with their error if one failed.
    fn stop_syncing(syncer: Option<Syncer>) -> io::Result<()> {
        let Some(Syncer { ask, thread, .. }) = syncer else { return Ok(()) };
        drop(ask);
        thread.join().map_err(|_| io::Error::other("the background sync thread panicked"))?
    }

    /// Flushes the file and syncs it to disk now, so that its commit has
    /// little left to do: a thread that finishes its file early syncs it
    /// while the others still work.
    pub fn sync(&mut self) -> io::Result<()> {
        self.writer.flush()?;
        AtomicFile::stop_syncing(self.syncer.take())?;
        match self.writer.get_ref() {
            Target::Temporary(tmp) => tmp.as_file().sync_all(),
            Target::Direct(_) => Ok(()),
        }
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        AtomicFile::commit_all(vec![self])
    }

    /// Commits several files together: all are flushed and synced first, then
    /// renamed one after the other, so a failure while writing any of them
    /// replaces none, and the window in which some are new and some old is
    /// only that of the renames. An error names the file.
    pub fn commit_all(files: Vec<AtomicFile>) -> io::Result<()> {
        let mut ready = Vec::with_capacity(files.len());
        for f in files {
            let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", f.path.display()));
            let target = f.writer.into_inner().map_err(|e| named(e.into_error()))?;
            AtomicFile::stop_syncing(f.syncer).map_err(named)?;
            match target {
                Target::Temporary(tmp) => {
                    tmp.as_file().sync_all().map_err(named)?;
                    ready.push((tmp, f.path));
                }
                Target::Direct(_) => {}
            }
        }
        for (tmp, path) in ready {
            tmp.persist(&path)
                .map_err(|e| io::Error::new(e.error.kind(), format!("{}: {}", path.display(), e.error)))?;
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // The sync is asked for before the next write, so an error here has taken no bytes.
        if let Some(syncer) = &mut self.syncer
            && syncer.unsynced >= syncer.every
        {
            self.writer.flush()?;
            syncer.unsynced = 0;
            // A sync still running covers part of this; skip if one is already asked for.
            let _ = syncer.ask.try_send(());
        }
        let n = self.writer.write(buf)?;
        if let Some(syncer) = &mut self.syncer {
            syncer.unsynced += n;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Writes a whole file atomically with `f` filling it.
pub fn write_atomic(path: &Path, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    f(&mut file)?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_appears_until_commit_and_failures_keep_the_old_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "good").expect("write");
        let result = write_atomic(&path, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("interrupted"))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "good");
        write_atomic(&path, |w| w.write_all(b"new")).expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1, "no temporary files left");
    }

    #[test]
    fn background_syncs_keep_every_byte() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.jsonl");
        let mut f = AtomicFile::create(&path).expect("create");
        f.sync_in_background(100).expect("sync thread");
        let line = "x".repeat(37) + "\n";
        for _ in 0..200 {
            f.write_all(line.as_bytes()).expect("write");
        }
        assert!(!path.exists());
        f.commit().expect("commit");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), line.repeat(200));
    }

    #[test]
    fn a_folder_is_refused_before_any_work() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = AtomicFile::create(dir.path()).expect_err("a folder");
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "no temporary file");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        if !std::fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
            return;
        }
        write_atomic(null, |w| w.write_all(b"gone")).expect("write");
        assert!(std::fs::metadata(null).expect("stat").file_type().is_char_device(), "still a device");
    }

    #[test]
    fn commit_all_replaces_nothing_when_one_file_fails() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a");
        std::fs::write(&a, "old").expect("write");
        let mut fa = AtomicFile::create(&a).expect("create");
        fa.write_all(b"new").expect("write");
        let fb = AtomicFile::create(&dir.path().join("b")).expect("create");
        std::fs::create_dir(dir.path().join("b")).expect("mkdir");
        assert!(AtomicFile::commit_all(vec![fb, fa]).is_err());
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "old");
    }
}
