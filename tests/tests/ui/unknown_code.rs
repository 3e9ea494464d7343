use httpstatuses::http_status;

fn main() {
    let _ = http_status!(299);
    let _ = http_status!(0);
    let _ = http_status!(1000);
    let _ = http_status!(99);
    let _ = http_status!(600);
    let _ = http_status!(65536);
    let _ = http_status!(340282366920938463463374607431768211456);
}
