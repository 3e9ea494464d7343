// A path that does not exist.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("no_such_directory");

fn main() {}
