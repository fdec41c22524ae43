//! When the first screen's pixels reach the X server: the harness's Xvfb keeps its screen in
//! a file (`-fbdir`, an XWD image it draws into), and this reads lines of it every few
//! milliseconds while the app starts. It needs nothing from the app or from WebKit, so it
//! checks what the marks and the in-page wait only infer.
//!
//! Which frame is the first screen: the first one in which most lines of the screen's left
//! part (the navigation, the page title, the search box, the filters, the table's first two
//! columns) are as they are once the app has settled. The blank window and the splash share
//! none of those lines with it. The rest is left out: the frame right after the first one
//! draws the rest of the page's rows and resizes the scrollbar. The share allows for what may still change on the left: the row
//! under the pointer turns grey once WebKit has checked the hover, and the navigation's
//! overdue count comes after the first screen.
use std::fs::File;
use std::os::unix::fs::FileExt as _;
use std::path::Path;
use std::time::{Duration, Instant};

use amends_e2e::{E2eError, Result};

/// Every how many lines of the screen one is read.
const LINE_STEP: u32 = 12;
/// The part of each line read: the left 40 % of the screen.
const LEFT_PART: f64 = 0.4;
/// Share of the window's sampled lines that must be as they end for a frame to count as the
/// first screen (its own frame has all but a row's and a count's worth; the splash none).
const SETTLED_SHARE: f64 = 0.8;

pub struct Screen {
    file: File,
    /// Where each sampled line starts in the file, and how many bytes of it are read.
    lines: Vec<u64>,
    part: usize,
}

/// The screen as it was at one moment: the sampled lines' left parts.
pub type Sample = Vec<Vec<u8>>;

impl Screen {
    pub fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| E2eError::new(format!("opening Xvfb's screen {}: {e}", path.display())))?;
        // XWD's header: 25 big-endian 32-bit fields, then the colour map, then the pixels.
        let mut header = [0u8; 100];
        file.read_exact_at(&mut header, 0).map_err(|e| E2eError::new(format!("reading Xvfb's screen: {e}")))?;
        let field = |i: usize| u32::from_be_bytes([header[4 * i], header[4 * i + 1], header[4 * i + 2], header[4 * i + 3]]);
        let (header_size, width, height, bits_per_pixel, bytes_per_line, colours) =
            (field(0), field(4), field(5), field(11), field(12), field(19));
        if bits_per_pixel != 32 || width == 0 || height == 0 {
            return Err(E2eError::new(format!("Xvfb's screen is {width}x{height} at {bits_per_pixel} bits a pixel; 32 expected")));
        }
        let pixels = u64::from(header_size) + u64::from(colours) * 12;
        let lines = (0..height).step_by(LINE_STEP as usize).map(|y| pixels + u64::from(y) * u64::from(bytes_per_line)).collect();
        Ok(Self { file, lines, part: (f64::from(width) * LEFT_PART) as usize * 4 })
    }

    pub fn sample(&self) -> Result<Sample> {
        self.lines
            .iter()
            .map(|&at| {
                let mut line = vec![0u8; self.part];
                self.file.read_exact_at(&mut line, at).map(|()| line)
            })
            .collect::<std::io::Result<_>>()
            .map_err(|e| E2eError::new(format!("reading Xvfb's screen: {e}")))
    }
}

/// The screen's changes during one launch, from its spawn.
pub struct Watch {
    start: Instant,
    before: Sample,
    last: Sample,
    changes: Vec<(Duration, Sample)>,
}

impl Watch {
    /// Starts watching at `start` (the app's spawn), from the screen as it is before it.
    pub fn new(screen: &Screen, start: Instant) -> Result<Self> {
        let before = screen.sample()?;
        Ok(Self { start, last: before.clone(), before, changes: Vec::new() })
    }

    /// Reads the screen once and notes it if it changed.
    pub fn look(&mut self, screen: &Screen) -> Result<()> {
        let now = screen.sample()?;
        if now != self.last {
            self.changes.push((self.start.elapsed(), now.clone()));
            self.last = now;
        }
        Ok(())
    }

    /// When the first screen arrived: the first change after which nearly all the window's
    /// sampled lines are as they are now (once the app has settled). None if no frame was.
    pub fn first_screen(&self) -> Option<Duration> {
        let settled = &self.last;
        // The window's lines: those the app changed (the rest is the empty screen around it).
        let window: Vec<usize> = (0..settled.len()).filter(|&i| settled[i] != self.before[i]).collect();
        if window.is_empty() {
            return None;
        }
        self.changes.iter().find_map(|(at, sample)| {
            let same = window.iter().filter(|&&i| sample[i] == settled[i]).count();
            (same as f64 >= window.len() as f64 * SETTLED_SHARE).then_some(*at)
        })
    }
}
