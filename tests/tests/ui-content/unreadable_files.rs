// Files that cannot be read: a dangling symlink and a directory.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("unreadable_files");

fn main() {
    let _ = StatusCode::Ok;
}
