package cn.ipfin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IpfinApplication {

    public static void main(String[] args) {
        // Pages format instants in the JVM's zone; the platform serves Shanxi, so show China Standard Time even
        // on a server that runs on UTC.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        SpringApplication.run(IpfinApplication.class, args);
    }
}
