//! Hand-written trait impls for the generated `Framework`.

use crate::Framework;
use core::fmt;

/// Formats as the framework's [`name`](Framework::name).
impl fmt::Display for Framework {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
