use httpstatuses::http_status;

fn main() {
    let _ = http_status!("204");
    let _ = http_status!(NoContent);
    let _ = http_status!(200 + 4);
}
