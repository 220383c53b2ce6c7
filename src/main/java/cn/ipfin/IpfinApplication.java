package cn.ipfin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IpfinApplication {

    public static void main(String[] args) {
        SpringApplication.run(IpfinApplication.class, args);
    }
}
