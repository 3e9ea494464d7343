// Tabs in YAML indentation.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("tabs_in_indentation");

fn main() {
}
