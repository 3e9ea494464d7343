use httpstatuses::http_status;

fn main() {
    let _ = http_status!(299);
    let _ = http_status!(0);
    let _ = http_status!(1000);
}
